# std.memory: pointers and raw memory.

from std.memory.unsafe_pointer import UnsafePointer, alloc
from std.memory.memory import memcpy, memmove, memset, memset_zero, memcmp
from std.memory.memory import stack_allocation
from std.memory.pointer import Pointer
from std.memory.owned_pointer import OwnedPointer
from std.memory.arc_pointer import ArcPointer
from std.memory.span import Span
from std.memory.address_space import AddressSpace
