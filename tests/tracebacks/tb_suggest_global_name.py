total_count = 0
for i in range(3):
    total_count += i
print(total_cont)
