def classify(exc):
    try:
        raise exc
    except FileNotFoundError:
        return "FileNotFoundError"
    except OSError:
        return "OSError"
    except (KeyError, IndexError):
        return "Lookup subset"
    except LookupError:
        return "LookupError"
    except ArithmeticError as e:
        return "Arithmetic: " + type(e).__name__
    except Exception as e:
        return "Exception: " + type(e).__name__
for exc in [FileNotFoundError(), PermissionError(), KeyError(), UnicodeError(), IndexError(),
            OverflowError(), ZeroDivisionError(), TypeError(), LookupError(), RecursionError()]:
    print(type(exc).__name__, "->", classify(exc))
