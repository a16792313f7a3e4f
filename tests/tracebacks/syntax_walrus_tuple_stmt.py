print("never")
(a, b) := (1, 2)
