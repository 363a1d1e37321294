# std.utils: Variant, IndexList/Index, StaticTuple and (in std.utils.numerics)
# numeric limits.

from std.utils.variant import Variant
from std.utils.index import Index, IndexList, product
from std.utils.static_tuple import StaticTuple
