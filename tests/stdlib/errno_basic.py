# errno: constants and errorcode
import errno

print(errno.ENOENT, errno.EEXIST, errno.EACCES, errno.EINTR, errno.EAGAIN, errno.EPIPE)
print(errno.errorcode[errno.ENOENT], errno.errorcode[2], errno.errorcode[errno.EWOULDBLOCK])
print(errno.EWOULDBLOCK == errno.EAGAIN, errno.errorcode[errno.EDEADLK],
      errno.errorcode[errno.ENOTSUP])
print(len(errno.errorcode) > 100, all(getattr(errno, n) == c for c, n in errno.errorcode.items()))
print(sorted(errno.errorcode)[:5])
for code in (errno.ENOENT, errno.EEXIST, errno.EACCES, errno.EPIPE, errno.ECHILD, errno.ESRCH):
    e = OSError(code, "msg")
    print(code, type(e).__name__)
