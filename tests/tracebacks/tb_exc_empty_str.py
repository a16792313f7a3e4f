class E(Exception):
    def __str__(self):
        return ""
raise E("hidden")
