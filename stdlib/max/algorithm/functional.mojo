# max.algorithm.functional: std.algorithm.functional under the name MAX
# programs use.

from std.algorithm.functional import vectorize, parallelize, sync_parallelize, elementwise, unroll, num_workers, map
