@dec
x=1
