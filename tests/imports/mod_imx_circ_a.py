import mod_imx_circ_b
A = "a"
