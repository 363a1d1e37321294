# Dict[K, V]: a hash table that keeps insertion order.
#
# Layout: a power-of-two index table of 32-bit slots probed linearly from
# the top bits of hash * 2**64/phi (0xFFFFFFFF empty, 0xFFFFFFFE deleted, else the entry number
# in the low log2(slots) bits and hash bits above it, so most mismatches
# never touch the entries), and separate entry arrays (hashes, keys, values,
# live flags) in insertion order. Entry numbers stay below 3/4 of the slot
# count, so they never reach the two markers. Deleted entries stay as holes
# until the next resize compacts them. At most 2**31 slots.

from std.memory import UnsafePointer, alloc, memcpy, memset
from std.memory.unsafe_pointer import _copy_value
from std.collections.optional import Optional
from std.collections.list import List

comptime _EMPTY = 0xFFFFFFFF
comptime _DELETED = 0xFFFFFFFE
# 2**64 / golden ratio (as its negative Int twin): multiplying by it and
# keeping the top bits (Fibonacci hashing) spreads any hash over the table,
# and keeps keys in arithmetic progression at a constant stride (the memory
# system prefetches those).
comptime _FIBONACCI = -7046029254386353131


trait KeyElement(Copyable, Movable, Hashable, Equatable):
    pass


@always_inline
def _tag(h: UInt64, mask: Int) -> Int:
    """The bits of h's Fibonacci product that an index slot keeps above the
    entry number (which fits in mask's bits)."""
    return Int(h * UInt64(_FIBONACCI)) & (0xFFFFFFFF ^ mask)


def _shift_for(slots: Int) -> Int:
    """64 - log2(slots) (slots a power of two)."""
    var bits = 0
    while (1 << bits) < slots:
        bits += 1
    return 64 - bits


@fieldwise_init
struct DictEntry[K: Movable, V: Movable](Movable, Copyable):
    var key: Self.K
    var value: Self.V


struct Dict[K: Hashable & Equatable & Movable, V: Movable](Movable, Copyable, Sized, Boolable):
    var _index: UnsafePointer[UInt32]
    var _mask: Int
    var _shift: Int
    var _hashes: UnsafePointer[UInt64]
    var _keys: UnsafePointer[Self.K]
    var _values: UnsafePointer[Self.V]
    var _live: UnsafePointer[Bool]
    var _entries: Int
    var _capacity: Int
    var _len: Int

    def __init__(out self):
        self = Self(power_of_two_initial_capacity=8)

    def __init__(out self, *, power_of_two_initial_capacity: Int):
        var slots = power_of_two_initial_capacity
        self._index = alloc[UInt32](slots)
        memset(self._index, 255, slots)
        self._mask = slots - 1
        self._shift = _shift_for(slots)
        var capacity = slots - slots // 4
        self._hashes = alloc[UInt64](capacity)
        self._keys = alloc[Self.K](capacity)
        self._values = alloc[Self.V](capacity)
        self._live = alloc[Bool](capacity)
        self._entries = 0
        self._capacity = capacity
        self._len = 0

    def __init__(out self, *, capacity: Int):
        """An empty Dict with room for capacity entries before it grows."""
        var slots = 8
        while slots - slots // 4 < capacity:
            slots *= 2
        self = Self(power_of_two_initial_capacity=slots)

    @staticmethod
    def fromkeys(keys: List[Self.K], value: Self.V) -> Self where conforms_to(Self.V, Copyable):
        """Each key mapped to a copy of value."""
        var result = Self()
        for i in range(len(keys)):
            result[_copy_value(keys.unsafe_ptr()[i])] = _copy_value(value)
        return result^

    def __init__(out self, *, var _keys: List[Self.K], var _values: List[Self.V]):
        """What a `{k: v, ...}` literal builds (a later key wins)."""
        self = Self()
        for i in range(len(_keys)):
            self[_keys.unsafe_ptr()[i]] = _values.unsafe_ptr()[i]

    def __init__(out self, *, copy: Self):
        self = Self(power_of_two_initial_capacity=copy._mask + 1)
        for i in range(copy._entries):
            if copy._live[i]:
                self._insert_new(copy._hashes[i], _copy_value(copy._keys[i]), _copy_value(copy._values[i]))

    def __del__(deinit self):
        for i in range(self._entries):
            if self._live[i]:
                (self._keys + i).destroy_pointee()
                (self._values + i).destroy_pointee()
        self._index.free()
        self._hashes.free()
        self._keys.free()
        self._values.free()
        self._live.free()

    def copy(self) -> Self:
        return Self(copy=self)

    def __len__(self) -> Int:
        return self._len

    def __bool__(self) -> Bool:
        return self._len != 0

    # --- the table ----------------------------------------------------------

    @always_inline
    def _home(self, h: UInt64) -> Int:
        """The first slot probed for hash h: the top bits of its Fibonacci
        product."""
        return Int((h * UInt64(_FIBONACCI)) >> UInt64(self._shift))

    @always_inline
    def _find(self, h: UInt64, key: Self.K) -> Int:
        """The entry number holding key, or -1."""
        var mask = self._mask
        var tag = _tag(h, mask)
        var slot = self._home(h)
        while True:
            var v = Int(self._index[slot])
            if v == _EMPTY:
                return -1
            if (v ^ tag) <= mask and v != _DELETED:
                var e = v & mask
                if self._keys[e] == key:
                    return e
            slot = (slot + 1) & mask

    def _insert_new(mut self, h: UInt64, var key: Self.K, var value: Self.V):
        """Adds an entry for a key known to be absent."""
        if self._entries == self._capacity:
            self._resize()
        var e = self._entries
        (self._hashes + e).init_pointee_move(h)
        (self._keys + e).init_pointee_move(key^)
        (self._values + e).init_pointee_move(value^)
        (self._live + e).init_pointee_move(True)
        self._entries = e + 1
        self._len += 1
        var slot = self._home(h)
        while Int(self._index[slot]) < _DELETED:
            slot = (slot + 1) & self._mask
        self._index[slot] = UInt32(_tag(h, self._mask) | e)

    def _resize(mut self):
        """Compacts the entries and rebuilds the index (twice as large when
        more than half the entries are live)."""
        var slots = self._mask + 1
        if self._len * 2 >= self._capacity:
            slots *= 2
            if slots > 0x80000000:
                _dict_too_large()
        var capacity = slots - slots // 4
        var hashes = alloc[UInt64](capacity)
        var keys = alloc[Self.K](capacity)
        var values = alloc[Self.V](capacity)
        var live = alloc[Bool](capacity)
        var n = 0
        if self._len == self._entries:
            memcpy(dest=hashes, src=self._hashes, count=n + self._entries)
            memcpy(dest=keys, src=self._keys, count=self._entries)
            memcpy(dest=values, src=self._values, count=self._entries)
            memcpy(dest=live, src=self._live, count=self._entries)
            n = self._entries
        else:
            for i in range(self._entries):
                if self._live[i]:
                    (hashes + n).init_pointee_move(self._hashes[i])
                    (keys + n).init_pointee_move((self._keys + i).take_pointee())
                    (values + n).init_pointee_move((self._values + i).take_pointee())
                    (live + n).init_pointee_move(True)
                    n += 1
        self._hashes.free()
        self._keys.free()
        self._values.free()
        self._live.free()
        self._index.free()
        self._hashes = hashes
        self._keys = keys
        self._values = values
        self._live = live
        self._entries = n
        self._capacity = capacity
        self._index = alloc[UInt32](slots)
        memset(self._index, 255, slots)
        self._mask = slots - 1
        self._shift = _shift_for(slots)
        for e in range(n):
            var h = hashes[e]
            var slot = self._home(h)
            while Int(self._index[slot]) < _DELETED:
                slot = (slot + 1) & self._mask
            self._index[slot] = UInt32(_tag(h, self._mask) | e)

    # --- access -------------------------------------------------------------

    def __getitem__(ref self, key: Self.K) raises -> ref [self] Self.V:
        var e = self._find(hash(key), key)
        if e < 0:
            raise "KeyError"
        return self._values[e]

    def __setitem__(mut self, var key: Self.K, var value: Self.V):
        var h = hash(key)
        var e = self._find(h, key)
        if e >= 0:
            (self._values + e).destroy_pointee()
            (self._values + e).init_pointee_move(value^)
            return
        self._insert_new(h, key^, value^)

    def __contains__(self, key: Self.K) -> Bool:
        return self._find(hash(key), key) >= 0

    def get(self, key: Self.K) -> Optional[Self.V]:
        var e = self._find(hash(key), key)
        if e < 0:
            # (not `return None`: sema drops the value of that return today)
            return Optional[Self.V]()
        return Optional[Self.V](_copy_value(self._values[e]))

    def get(self, key: Self.K, var default: Self.V) -> Self.V:
        var e = self._find(hash(key), key)
        if e < 0:
            return default^
        return _copy_value(self._values[e])

    def setdefault(mut self, key: Self.K, var default: Self.V) -> Self.V:
        """The value for key, first inserting default when key is absent."""
        var h = hash(key)
        var e = self._find(h, key)
        if e >= 0:
            return _copy_value(self._values[e])
        var result = _copy_value(default)
        self._insert_new(h, _copy_value(key), default^)
        return result^

    def _remove(mut self, h: UInt64, key: Self.K) -> Int:
        """Unlinks key's entry (its value stays for the caller) or gives -1."""
        var mask = self._mask
        var tag = _tag(h, mask)
        var slot = self._home(h)
        while True:
            var v = Int(self._index[slot])
            if v == _EMPTY:
                return -1
            if (v ^ tag) <= mask and v != _DELETED:
                # (nested: the copy of the key in `a and b` would run early)
                var e = v & mask
                if self._keys[e] == key:
                    self._index[slot] = _DELETED
                    self._live[e] = False
                    (self._keys + e).destroy_pointee()
                    self._len -= 1
                    return e
            slot = (slot + 1) & self._mask

    def pop(mut self, key: Self.K) raises -> Self.V:
        var e = self._remove(hash(key), key)
        if e < 0:
            raise "KeyError"
        return (self._values + e).take_pointee()

    def pop(mut self, key: Self.K, var default: Self.V) -> Self.V:
        var e = self._remove(hash(key), key)
        if e < 0:
            return default^
        return (self._values + e).take_pointee()

    def find(self, key: Self.K) -> Optional[Self.V]:
        """The value for key, or None (the same as get)."""
        return self.get(key)

    def popitem(mut self) raises -> DictEntry[Self.K, Self.V]:
        """Removes and returns the last inserted entry; raises
        "EmptyDictError" when the Dict is empty."""
        var i = self._entries - 1
        while i >= 0 and not self._live[i]:
            i -= 1
        if i < 0:
            raise Error("EmptyDictError")
        var key = _copy_value(self._keys[i])
        var e = self._remove(self._hashes[i], key)
        return DictEntry[Self.K, Self.V](key^, (self._values + e).take_pointee())

    def __or__(self, other: Self) -> Self:
        """A copy of self updated with other's entries."""
        var result = self.copy()
        result.update(other)
        return result^

    def __ior__(mut self, other: Self):
        self.update(other)

    def clear(mut self):
        for i in range(self._entries):
            if self._live[i]:
                (self._keys + i).destroy_pointee()
                (self._values + i).destroy_pointee()
        memset(self._index, 255, self._mask + 1)
        self._entries = 0
        self._len = 0

    def take_items(mut self) -> List[DictEntry[Self.K, Self.V]]:
        """Moves every entry out, in insertion order, and leaves the Dict
        empty (`for e in d.take_items()`; Mojo returns a draining iterator,
        here a List of the entries)."""
        var out = List[DictEntry[Self.K, Self.V]](capacity=self._len)
        for i in range(self._entries):
            if self._live[i]:
                self._live[i] = False
                out.append(
                    DictEntry[Self.K, Self.V](
                        (self._keys + i).take_pointee(),
                        (self._values + i).take_pointee(),
                    )
                )
        self.clear()
        return out^

    def update(mut self, other: Self):
        for i in range(other._entries):
            if other._live[i]:
                self[_copy_value(other._keys[i])] = _copy_value(other._values[i])

    # --- iteration in insertion order ---------------------------------------

    comptime IteratorType = _DictKeyIter[Self.K]
    def __iter__(self) -> _DictKeyIter[Self.K]:
        return self.keys()

    def keys(self) -> _DictKeyIter[Self.K]:
        return _DictKeyIter[Self.K](self._keys, self._live, self._entries, 0)

    def values(self) -> _DictValueIter[Self.V]:
        return _DictValueIter[Self.V](self._values, self._live, self._entries, 0)

    def items(self) -> _DictItemIter[Self.K, Self.V]:
        return _DictItemIter[Self.K, Self.V](self._keys, self._values, self._live, self._entries, 0)

    def write_repr_to(self, mut writer: Some[Writer]) where conforms_to(Self.K, Writable) and conforms_to(Self.V, Writable):
        """What repr() writes: the same as write_to."""
        self.write_to(writer)

    def write_to(self, mut writer: Some[Writer]) where conforms_to(Self.K, Writable) and conforms_to(Self.V, Writable):
        writer.write_str("{")
        var first = True
        for i in range(self._entries):
            if self._live[i]:
                if not first:
                    writer.write_str(", ")
                first = False
                self._keys[i].write_to(writer)
                writer.write_str(": ")
                self._values[i].write_to(writer)
        writer.write_str("}")


@fieldwise_init
@register_passable("trivial")
struct _DictKeyIter[K: Movable](ImplicitlyCopyable):
    var keys: UnsafePointer[Self.K]
    var live: UnsafePointer[Bool]
    var end: Int
    var index: Int

    def __iter__(self) -> Self:
        return self

    def __has_next__(mut self) -> Bool:
        while self.index < self.end and not self.live[self.index]:
            self.index += 1
        return self.index < self.end

    comptime Element = Self.K
    def __next__(mut self) -> Self.K:
        var value = _copy_value(self.keys[self.index])
        self.index += 1
        return value^


@fieldwise_init
@register_passable("trivial")
struct _DictValueIter[V: Movable](ImplicitlyCopyable):
    var values: UnsafePointer[Self.V]
    var live: UnsafePointer[Bool]
    var end: Int
    var index: Int

    def __iter__(self) -> Self:
        return self

    def __has_next__(mut self) -> Bool:
        while self.index < self.end and not self.live[self.index]:
            self.index += 1
        return self.index < self.end

    comptime Element = Self.V
    def __next__(mut self) -> ref [MutAnyOrigin] Self.V:
        """The value itself: `for ref v in d.values()` changes it."""
        self.index += 1
        return self.values[self.index - 1]


@fieldwise_init
@register_passable("trivial")
struct _DictItemIter[K: Movable, V: Movable](ImplicitlyCopyable):
    var keys: UnsafePointer[Self.K]
    var values: UnsafePointer[Self.V]
    var live: UnsafePointer[Bool]
    var end: Int
    var index: Int

    def __iter__(self) -> Self:
        return self

    def __has_next__(mut self) -> Bool:
        while self.index < self.end and not self.live[self.index]:
            self.index += 1
        return self.index < self.end

    comptime Element = DictEntry[Self.K, Self.V]
    def __next__(mut self) -> DictEntry[Self.K, Self.V]:
        var entry = DictEntry[Self.K, Self.V](
            _copy_value(self.keys[self.index]), _copy_value(self.values[self.index])
        )
        self.index += 1
        return entry^


@no_inline
def _dict_too_large():
    __builtin.external_call["ignis_rt_abort"](
        __builtin.string_data("Dict: more than 2**31 index slots"),
        __builtin.string_length("Dict: more than 2**31 index slots"),
    )


struct OwnedKwargsDict[V: Movable](Movable, Copyable, Sized):
    """What a `**kwargs: V` argument holds: the call's extra keyword
    arguments by name, in the order the call wrote them."""

    var _dict: Dict[String, Self.V]

    def __init__(out self):
        self._dict = Dict[String, Self.V]()

    def __getitem__(ref self, key: String) raises -> ref [self._dict] Self.V:
        return self._dict[key]

    def __setitem__(mut self, key: String, var value: Self.V):
        self._dict[key] = value^

    def __contains__(self, key: String) -> Bool:
        return key in self._dict

    def __len__(self) -> Int:
        return len(self._dict)

    def find(self, key: String) -> Optional[Self.V]:
        return self._dict.find(key)

    def pop(mut self, key: String) raises -> Self.V:
        return self._dict.pop(key)

    def pop(mut self, key: String, var default: Self.V) -> Self.V:
        return self._dict.pop(key, default^)

    comptime IteratorType = _DictKeyIter[String]
    def __iter__(self) -> _DictKeyIter[String]:
        return self._dict.keys()

    def keys(self) -> _DictKeyIter[String]:
        return self._dict.keys()

    def values(self) -> _DictValueIter[Self.V]:
        return self._dict.values()

    def items(self) -> _DictItemIter[String, Self.V]:
        return self._dict.items()

    def _insert(mut self, var key: String, var value: Self.V):
        self._dict[key^] = value^
