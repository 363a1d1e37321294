# std.gpu.primitives: thread ids, warp and block operations
# (`from std.gpu.primitives import warp, block`).

from std.gpu.primitives.id import thread_idx, block_idx, block_dim, grid_dim
from std.gpu.primitives.id import global_idx, lane_id, warp_id
