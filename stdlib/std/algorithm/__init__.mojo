# std.algorithm: loops over closures (vectorize, parallelize, unroll,
# elementwise) and reductions over spans.

from std.algorithm.functional import vectorize, parallelize, sync_parallelize, elementwise, unroll, num_workers, map
from std.algorithm.reduction import sum, max, min, mean
