café = 1
π = 3.14
ｆｕｌｌ = 2
naïve.x = café
def 函数(参数): return 参数
ﬁ = 5
