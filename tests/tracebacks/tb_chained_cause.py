class AppError(Exception):
    pass
def load(k):
    try:
        return {}[k]
    except KeyError as e:
        raise AppError(f"no {k}") from e
load("cfg")
