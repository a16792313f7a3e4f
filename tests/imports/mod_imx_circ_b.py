import mod_imx_circ_a
B = "b"
def get_a():
    return mod_imx_circ_a.A
