# std.gpu: writing kernels. Thread and block ids, barriers, shared memory,
# warp and block operations; `std.gpu.host` launches kernels.

from std.gpu.primitives.id import thread_idx, block_idx, block_dim, grid_dim
from std.gpu.primitives.id import global_idx, lane_id, warp_id
from std.gpu.globals import WARP_SIZE
from std.gpu.sync.sync import barrier, syncwarp
from std.memory.address_space import AddressSpace
