print(round(15, None), round(15.5, None), (15.5).__round__(None))
try:
    print((15).__round__(None))
except TypeError as e:
    print("TypeError", e)
print((15).__round__(), (15).__round__(-1), (1.25).__round__(1))
