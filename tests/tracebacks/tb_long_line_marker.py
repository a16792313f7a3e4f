values = {"alpha": 1, "beta": 2}
result = values["alpha"] + values["beta"] + values["gamma"] + values["alpha"] + values["beta"]
