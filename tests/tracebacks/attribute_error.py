# AttributeError on a user object.
label = "attribute_error"
print("test:", label)
class Config:
    def __init__(self):
        self.name = "default"
cfg = Config()
print(cfg.name)
print("looking up a missing attribute")
print(cfg.nmae)
