x = "abc\N{FOO}"
