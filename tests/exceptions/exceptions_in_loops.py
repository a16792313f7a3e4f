results = []
for v in ["1", "x", "3", "", "5.5", "7"]:
    try:
        results.append(int(v))
    except ValueError as e:
        results.append(str(e))
        continue
    finally:
        results.append("|")
print(results)
total = 0
i = 0
while True:
    try:
        total += [10, 20, 30][i]
        i += 1
    except IndexError:
        break
print(total, i)
def gen():
    for i in range(5):
        try:
            yield 10 // (2 - i)
        except GeneratorExit:
            raise
        finally:
            pass
try:
    print(list(gen()))
except ZeroDivisionError as e:
    print(type(e).__name__, e)
