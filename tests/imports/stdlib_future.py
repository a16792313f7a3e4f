# __future__ from taipan's built-in library: the feature records and their releases.
from __future__ import annotations
from __future__ import division, print_function
import __future__

print(__future__.all_feature_names)
for name in __future__.all_feature_names:
    f = getattr(__future__, name)
    print(name, f.getOptionalRelease(), f.getMandatoryRelease(), hex(f.compiler_flag))
print(repr(__future__.annotations))
print(repr(__future__.generator_stop))
print(__future__.CO_FUTURE_ANNOTATIONS == __future__.annotations.compiler_flag)
print(sorted(n for n in dir(__future__) if n.startswith("CO_")))
print(__future__.__all__[:2], type(__future__.division).__name__)


def f(x: undefined_name) -> also_undefined:
    return x


print(f.__annotations__)
print(7 / 2)
