# mode: eval
a + b * (c if d else e)
