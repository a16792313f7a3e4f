x = "a" \
    "b"
y = ("multi"
     "line"
     f"{z}")
z = """triple with "quotes" and 'single'"""
w = '''it's'''
q = "tab\there"
e = ""
eb = b""
r = r"\\"
s = 'He said "hi"'
t = "it's"
u = 'both \' and "'
