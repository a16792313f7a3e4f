# "The above exception was the direct cause of the following exception"
class ConfigError(Exception):
    pass
def load(settings, key):
    try:
        return settings[key]
    except KeyError as e:
        raise ConfigError(f"missing setting {key!r}") from e
settings = {"a": 1}
print(load(settings, "a"))
load(settings, "b")
