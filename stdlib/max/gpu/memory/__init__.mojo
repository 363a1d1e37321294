# max.gpu.memory: std.gpu.memory under the name MAX programs use.

from std.memory.address_space import AddressSpace
from std.gpu.memory.memory import external_memory
from std.gpu.memory import (
    async_copy_wait_all,
    async_copy_commit_group,
    async_copy_wait_group,
)
