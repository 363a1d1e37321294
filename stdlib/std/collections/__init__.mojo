# std.collections: List, Dict, Set, Optional, Deque and friends.

from std.collections.list import List
from std.collections.optional import Optional
from std.collections.dict import Dict, KeyElement, OwnedKwargsDict
from std.collections.set import Set
from std.collections.deque import Deque
from std.collections.counter import Counter, CountTuple
from std.collections.inline_array import InlineArray
from std.collections.optional import OptionalReg
from std.collections.bitset import BitSet
from std.collections.binary_heap import BinaryHeap
from std.collections.linked_list import LinkedList
