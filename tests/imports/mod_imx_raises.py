print("mod_imx_raises starting")
raise RuntimeError("module init failed")
