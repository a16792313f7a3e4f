# range() compares its bounds at one more recursion level (" in comparison"), also when a
# `for` loop gets its iterator without the range object (vm.c, obj_range.c).
def rec(n):
    for i in range(1):
        return rec(n + 1)
rec(0)
