# "During handling of the above exception, another exception occurred"
def parse_number(text):
    try:
        return int(text)
    except ValueError:
        print("fallback for", repr(text))
        return undefined_fallback(text)
print(parse_number("12"))
print(parse_number("x"))
print("never")
