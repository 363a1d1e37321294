# std.gpu.memory: address spaces and dynamic shared memory.

from std.memory.address_space import AddressSpace
from std.gpu.memory.memory import (
    external_memory,
    async_copy_wait_all,
    async_copy_commit_group,
    async_copy_wait_group,
)
