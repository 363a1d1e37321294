# std.atomic: atomic operations on scalars in memory (host and device).

from std.atomic.atomic import Atomic, Ordering, Consistency, fence
