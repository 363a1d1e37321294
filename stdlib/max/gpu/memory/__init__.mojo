# max.gpu.memory: std.gpu.memory under the name MAX programs use.

from std.memory.address_space import AddressSpace
from std.gpu.memory.memory import external_memory
