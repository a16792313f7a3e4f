"""importlib.machinery for taipan: the spec and loader classes the import system uses."""
from _imp import ModuleSpec, BuiltinImporter, SourceFileLoader, NamespaceLoader

SOURCE_SUFFIXES = [".py"]
BYTECODE_SUFFIXES = []
EXTENSION_SUFFIXES = []


def all_suffixes():
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES
