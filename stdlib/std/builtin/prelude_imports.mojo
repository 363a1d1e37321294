# Names of other std modules that Mojo's prelude makes available without an
# import (as mojo/stdlib/std/prelude does). The compiler merges every name a
# std/builtin module imports into the prelude.

from std.collections import List, Dict, Optional, KeyElement
from std.memory import UnsafePointer, Span, alloc, Pointer, AddressSpace
from std.collections.inline_array import InlineArray
# For `{a, b}` literals (Set is not a prelude name in Mojo).
from std.collections.set import Set as _Set
# Mojo 1.0's prelude has open, input and FileHandle from std.io.
from std.io import open, input, FileHandle
# For `**kwargs: V` arguments (not a prelude name in Mojo).
from std.collections.dict import OwnedKwargsDict as _OwnedKwargsDict
# Mojo 1.0's prelude has `reflect` (std.reflection's Reflected[T] alias).
from std.reflection.reflect import reflect
# Mojo 1.0's iteration protocol and its functions (std.iter).
from std.iter import Iterator, Iterable, StopIteration, iter, next
