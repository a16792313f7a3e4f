del a+1
