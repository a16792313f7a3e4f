from mod_imx_partial_a import thing_a
thing_b = 2
