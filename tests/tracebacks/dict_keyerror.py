# KeyError with the key repr in the message.
label = "dict_keyerror"
print("test:", label)
checks = [label, len(label)]
config = {"host": "localhost", "port": 8080}
print(config["host"])
def get_setting(name):
    return config[name]
print(get_setting("port"))
print(get_setting("user"))
