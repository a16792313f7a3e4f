# UnboundLocalError: assignment later in the function makes it local.
label = "unbound_local"
counter = 0
def increment():
    counter += 1
    return counter
print("counter is", counter)
print("incrementing")
increment()
print("never")
