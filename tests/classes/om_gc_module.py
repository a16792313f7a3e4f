import gc
print(gc.get_threshold(), gc.garbage, gc.isenabled(), gc.set_threshold(700, 10, 10))
print(gc.is_tracked(1), gc.is_tracked('s'), gc.is_tracked([]), gc.is_tracked(None))
gc.disable(); print(gc.isenabled()); gc.enable(); print(gc.isenabled())
print(type(gc.collect()).__name__, len(gc.get_count()))
