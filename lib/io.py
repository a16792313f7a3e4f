"""The io module: the classes of _io (written in C) under their public names, plus the
abstract base classes IOBase, RawIOBase, BufferedIOBase and TextIOBase."""

import abc
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


# The abstract classes: ABCs over the _io ones. CPython makes RawIOBase & co. inherit from
# IOBase as well; taipan's layout rules cannot mix those bases, so they are registered with
# IOBase instead, which gives issubclass()/isinstance() the same answers.
class IOBase(_io._IOBase, metaclass=abc.ABCMeta):
    __doc__ = _io._IOBase.__doc__


class RawIOBase(_io._RawIOBase, metaclass=abc.ABCMeta):
    __doc__ = _io._RawIOBase.__doc__


class BufferedIOBase(_io._BufferedIOBase, metaclass=abc.ABCMeta):
    __doc__ = _io._BufferedIOBase.__doc__


class TextIOBase(_io._TextIOBase, metaclass=abc.ABCMeta):
    __doc__ = _io._TextIOBase.__doc__


for klass in (RawIOBase, BufferedIOBase, TextIOBase):
    IOBase.register(klass)
RawIOBase.register(FileIO)
for klass in (BytesIO, BufferedReader, BufferedWriter, BufferedRandom):
    BufferedIOBase.register(klass)
for klass in (StringIO, TextIOWrapper):
    TextIOBase.register(klass)
del klass
