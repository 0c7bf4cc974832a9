# utils.numerics: the special values of the floating-point types and their checks.
# inf, neg_inf and nan are compile-time constants used as inf[DType.float32]().
from math import inf, nan, isnan, isinf, isfinite

alias neg_inf = -inf
