# Counter[V]: how many times each value occurs (a Dict[V, Int] underneath),
# as Mojo 1.0's std/collections/counter. A missing key counts 0.

from std.collections.dict import Dict, DictEntry, KeyElement
from std.collections.list import List
from std.collections.optional import Optional


@fieldwise_init
struct CountTuple[V: KeyElement](Copyable, Movable):
    """A value and its count (most_common, popitem). Ordered so that the
    larger count comes first."""

    var _value: Self.V
    var _count: Int

    def __lt__(self, other: Self) -> Bool:
        return self._count > other._count

    def __eq__(self, other: Self) -> Bool:
        return self._count == other._count


struct Counter[V: KeyElement](Copyable, Movable, Sized, Boolable):
    var _data: Dict[Self.V, Int]

    def __init__(out self):
        self._data = Dict[Self.V, Int]()

    def __init__(out self, first: Self.V, *values: Self.V):
        """Counter[String]("a", "a", "b"): counts the arguments."""
        self._data = Dict[Self.V, Int]()
        self._add(first)
        for v in values:
            self._add(v)

    def __init__(out self, items: List[Self.V]):
        """Counts the elements of a list."""
        self._data = Dict[Self.V, Int]()
        for v in items:
            self._add(v)

    def __init__(out self, *, copy: Self):
        self._data = copy._data.copy()

    def copy(self) -> Self:
        return Self(copy=self)

    def _add(mut self, value: Self.V, count: Int = 1):
        self._data[value.copy()] = self._data.get(value, 0) + count

    @staticmethod
    def fromkeys(keys: List[Self.V], value: Int) -> Self:
        """Each key with the count value."""
        var result = Self()
        for k in keys:
            result._data[k.copy()] = value
        return result^

    def __getitem__(self, key: Self.V) -> Int:
        """The count of key (0 when absent)."""
        return self._data.get(key, 0)

    def __setitem__(mut self, value: Self.V, count: Int):
        self._data[value.copy()] = count

    def __contains__(self, key: Self.V) -> Bool:
        return key in self._data

    def __len__(self) -> Int:
        return len(self._data)

    def __bool__(self) -> Bool:
        return len(self._data) > 0

    def get(self, value: Self.V) -> Optional[Int]:
        return self._data.get(value)

    def get(self, value: Self.V, default: Int) -> Int:
        return self._data.get(value, default)

    def pop(mut self, value: Self.V) raises -> Int:
        """Removes value and returns its count; raises "KeyError"."""
        return self._data.pop(value)

    def pop(mut self, value: Self.V, var default: Int) -> Int:
        return self._data.pop(value, default)

    def keys(self) -> List[Self.V]:
        var result = List[Self.V]()
        for k in self._data.keys():
            result.append(k^)
        return result^

    def values(self) -> List[Int]:
        var result = List[Int]()
        for v in self._data.values():
            result.append(v)
        return result^

    def items(self) -> List[DictEntry[Self.V, Int]]:
        var result = List[DictEntry[Self.V, Int]]()
        for e in self._data.items():
            result.append(e^)
        return result^

    def clear(mut self):
        self._data.clear()

    def popitem(mut self) raises -> CountTuple[Self.V]:
        """Removes and returns the last inserted value with its count;
        raises "KeyError" when empty."""
        var keys = self.keys()
        if len(keys) == 0:
            raise Error("KeyError")
        var key = keys[len(keys) - 1].copy()
        var count = self._data.pop(key)
        return CountTuple[Self.V](key^, count)

    def total(self) -> UInt:
        """The sum of the counts."""
        var sum = 0
        for v in self._data.values():
            sum += v
        return UInt(sum)

    def most_common(self, n: UInt) -> List[CountTuple[Self.V]]:
        """The n largest counts, largest first (ties in insertion order)."""
        var tuples = List[CountTuple[Self.V]]()
        for e in self._data.items():
            tuples.append(CountTuple[Self.V](e.key.copy(), e.value))
        sort[stable=True](tuples)
        var result = List[CountTuple[Self.V]]()
        var limit = Int(n)
        for i in range(min(limit, len(tuples))):
            result.append(tuples[i].copy())
        return result^

    def elements(self) -> List[Self.V]:
        """Each value repeated as often as its count."""
        var result = List[Self.V]()
        for e in self._data.items():
            for _ in range(e.value):
                result.append(e.key.copy())
        return result^

    def update(mut self, other: Self):
        """Adds other's counts to these."""
        for e in other._data.items():
            self._add(e.key, e.value)

    def subtract(mut self, other: Self):
        """Subtracts other's counts from these (counts may go negative)."""
        for e in other._data.items():
            self._add(e.key, -e.value)

    def __eq__(self, other: Self) -> Bool:
        """Equal counts for every key (a missing key counts 0)."""
        for k in self._data.keys():
            if self[k] != other[k]:
                return False
        for k in other._data.keys():
            if self[k] != other[k]:
                return False
        return True

    def __ne__(self, other: Self) -> Bool:
        return not (self == other)

    def le(self, other: Self) -> Bool:
        """Every count here <= the count in other."""
        for k in self._data.keys():
            if self[k] > other[k]:
                return False
        return True

    def lt(self, other: Self) -> Bool:
        """Every count here < the count in other."""
        for k in self._data.keys():
            if self[k] >= other[k]:
                return False
        return True

    def gt(self, other: Self) -> Bool:
        """other.lt(self)."""
        return other.lt(self)

    def ge(self, other: Self) -> Bool:
        """other.le(self)."""
        return other.le(self)

    def __add__(self, other: Self) -> Self:
        """The sums of the counts, keeping the positive ones."""
        var result = self.copy()
        result.update(other)
        result._keep_positive()
        return result^

    def __sub__(self, other: Self) -> Self:
        """The differences of the counts, keeping the positive ones."""
        var result = self.copy()
        result.subtract(other)
        result._keep_positive()
        return result^

    def __iadd__(mut self, other: Self):
        self.update(other)
        self._keep_positive()

    def __isub__(mut self, other: Self):
        self.subtract(other)
        self._keep_positive()

    def _keep_positive(mut self):
        var keep = Dict[Self.V, Int]()
        for e in self._data.items():
            if e.value > 0:
                keep[e.key.copy()] = e.value
        self._data = keep^

    def write_repr_to(self, mut writer: Some[Writer]) where conforms_to(Self.V, Writable):
        """What repr() writes: the same as write_to."""
        self.write_to(writer)

    def write_to(self, mut writer: Some[Writer]) where conforms_to(Self.V, Writable):
        """`Counter({a: 3, b: 2})`, most common first."""
        writer.write_str("Counter({")
        var items = self.most_common(UInt(len(self)))
        for i in range(len(items)):
            if i > 0:
                writer.write_str(", ")
            items[i]._value.write_to(writer)
            writer.write_str(": ")
            items[i]._count.write_to(writer)
        writer.write_str("})")
