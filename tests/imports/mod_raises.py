# Helper module that raises while being imported.
print("mod_raises starts importing")
PARTIAL = 1
raise ValueError("error during import of mod_raises")
