# max.gpu.primitives: std.gpu.primitives under the name MAX programs use.

from std.gpu.primitives.id import thread_idx, block_idx, block_dim, grid_dim
from std.gpu.primitives.id import global_idx, lane_id, warp_id
from std.gpu.primitives import warp, block, cluster
