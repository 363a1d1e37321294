# max.gpu.primitives.cluster: std.gpu.primitives.cluster under the name MAX
# programs use.

from std.gpu.primitives.cluster import (
    block_rank_in_cluster,
    elect_one_sync,
    cluster_arrive,
    cluster_arrive_relaxed,
    cluster_wait,
    cluster_sync,
    cluster_sync_relaxed,
)
