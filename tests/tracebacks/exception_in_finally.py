# Exception raised in a finally block while another is propagating.
def cleanup():
    raise OSError("cleanup failed")
def work():
    try:
        print("working")
        raise ValueError("work failed")
    finally:
        cleanup()
print("start")
work()
