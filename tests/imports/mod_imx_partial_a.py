from mod_imx_partial_b import thing_b
thing_a = 1
