"""The io module: the classes of _io (written in C) under their public names, plus the
abstract base classes IOBase, RawIOBase, BufferedIOBase and TextIOBase."""

import _io
from _io import (DEFAULT_BUFFER_SIZE, BlockingIOError, UnsupportedOperation, open,
                 FileIO, BytesIO, StringIO, BufferedReader, BufferedWriter, BufferedRandom,
                 TextIOWrapper)

__all__ = ["BlockingIOError", "open", "IOBase", "RawIOBase", "FileIO", "BytesIO",
           "StringIO", "BufferedIOBase", "BufferedReader", "BufferedWriter",
           "BufferedRandom", "TextIOBase", "TextIOWrapper", "UnsupportedOperation",
           "SEEK_SET", "SEEK_CUR", "SEEK_END", "DEFAULT_BUFFER_SIZE", "text_encoding"]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


def text_encoding(encoding, stacklevel=2):
    """The encoding open() uses when given None: the locale's, which is UTF-8 here."""
    if encoding is None:
        return "locale"
    return encoding


def open_code(path):
    return open(path, "rb")


# The abstract classes are the _io ones themselves (CPython wraps them in ABCMeta classes that
# the concrete ones are registered with; taipan's layout rules cannot mix those bases yet, and
# real inheritance already gives isinstance() the same answers).
IOBase = _io._IOBase
RawIOBase = _io._RawIOBase
BufferedIOBase = _io._BufferedIOBase
TextIOBase = _io._TextIOBase
