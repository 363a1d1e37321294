# std.hashlib: Hashable, hash() and Mojo 1.0's Hasher protocol.
#
# A type is Hashable through either form of `__hash__`:
#   def __hash__[H: Hasher](self, mut hasher: H)   (Mojo 1.0: feed the
#       hasher with `hasher.update(field)`), or
#   def __hash__(self) -> UInt64                    (the whole hash at once).
# `hash(value)` and `Hasher.update(value)` accept both; Dict and Set use
# `hash`.

from std.hashlib.hasher import Hasher, default_hasher, default_comp_time_hasher
from std.builtin.hash import hash
