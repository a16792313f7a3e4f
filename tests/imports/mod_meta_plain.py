X = "plain"
