# std.algorithm: loops over closures (vectorize, parallelize, unroll, tile,
# elementwise) and reductions over spans.

from std.algorithm.functional import vectorize, parallelize, sync_parallelize, elementwise, unroll, num_workers, map
from std.algorithm.tile import tile, Static1DTileUnitFunc, Dynamic1DTileUnitFunc, BinaryTile1DTileUnitFunc, Static2DTileUnitFunc
from std.algorithm.reduction import sum, max, min, mean
