# Helper module defining __all__.
__all__ = ["public_a", "public_b"]
public_a = "A"
public_b = "B"
not_exported = "hidden"
_underscore = "private"
def helper():
    return "helper"
