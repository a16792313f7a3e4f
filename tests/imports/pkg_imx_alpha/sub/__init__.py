from .. import TOP as PARENT_TOP
from ..leaf import where
