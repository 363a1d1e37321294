# Set[T]: distinct values in insertion order (a Dict with no values).

from std.collections.dict import Dict, _DictKeyIter
from std.memory.unsafe_pointer import _copy_value


struct Set[T: Hashable & Equatable & Movable](Movable, Copyable, Sized, Boolable):
    var _dict: Dict[Self.T, Bool]

    def __init__(out self):
        self._dict = Dict[Self.T, Bool]()

    def __init__(out self, var first: Self.T, *rest: Self.T):
        self._dict = Dict[Self.T, Bool]()
        self._dict[first^] = True
        for i in range(len(rest)):
            self._dict[rest._take(i)] = True

    def __init__(out self, *, copy: Self):
        self._dict = copy._dict.copy()

    def copy(self) -> Self:
        return Self(copy=self)

    def __len__(self) -> Int:
        return len(self._dict)

    def __bool__(self) -> Bool:
        return len(self._dict) != 0

    def __contains__(self, value: Self.T) -> Bool:
        return value in self._dict

    def add(mut self, var value: Self.T):
        self._dict[value^] = True

    def remove(mut self, value: Self.T) raises:
        _ = self._dict.pop(value)

    def discard(mut self, value: Self.T):
        _ = self._dict.pop(value, False)

    def clear(mut self):
        self._dict.clear()

    comptime IteratorType = _DictKeyIter[Self.T]
    def __iter__(self) -> _DictKeyIter[Self.T]:
        return self._dict.keys()

    def union(self, other: Self) -> Self:
        var result = self.copy()
        for v in other:
            result.add(v)
        return result^

    def intersection(self, other: Self) -> Self:
        var result = Self()
        for v in self:
            if v in other:
                result.add(v)
        return result^

    def difference(self, other: Self) -> Self:
        var result = Self()
        for v in self:
            if v not in other:
                result.add(v)
        return result^

    def __or__(self, other: Self) -> Self:
        return self.union(other)

    def __and__(self, other: Self) -> Self:
        return self.intersection(other)

    def __sub__(self, other: Self) -> Self:
        return self.difference(other)

    def __xor__(self, other: Self) -> Self:
        return self.symmetric_difference(other)

    def __ior__(mut self, other: Self):
        self.update(other)

    def __iand__(mut self, other: Self):
        self.intersection_update(other)

    def __isub__(mut self, other: Self):
        self.difference_update(other)

    def __ixor__(mut self, other: Self):
        self.symmetric_difference_update(other)

    def pop(mut self) raises -> Self.T:
        """Removes and returns the last inserted element; raises "Pop on
        empty set" when the set is empty."""
        if len(self._dict) == 0:
            raise "Pop on empty set"
        var entry = self._dict.popitem()
        return entry^.key^

    def update(mut self, other: Self):
        """Adds every element of other."""
        for v in other:
            self.add(_copy_value(v))

    def intersection_update(mut self, other: Self):
        """Keeps only the elements also in other."""
        self = self.intersection(other)

    def difference_update(mut self, other: Self):
        """Removes the elements in other."""
        for v in other:
            self.discard(v)

    def symmetric_difference(self, other: Self) -> Self:
        """The elements in exactly one of the two sets."""
        var result = self.difference(other)
        for v in other:
            if v not in self:
                result.add(_copy_value(v))
        return result^

    def symmetric_difference_update(mut self, other: Self):
        self = self.symmetric_difference(other)

    def issubset(self, other: Self) -> Bool:
        """Whether every element is in other."""
        for v in self:
            if v not in other:
                return False
        return True

    def issuperset(self, other: Self) -> Bool:
        return other.issubset(self)

    def isdisjoint(self, other: Self) -> Bool:
        """Whether no element is in both."""
        for v in self:
            if v in other:
                return False
        return True

    def __le__(self, other: Self) -> Bool:
        return self.issubset(other)

    def __ge__(self, other: Self) -> Bool:
        return other.issubset(self)

    def __lt__(self, other: Self) -> Bool:
        return len(self) < len(other) and self.issubset(other)

    def __gt__(self, other: Self) -> Bool:
        return len(other) < len(self) and other.issubset(self)

    def __eq__(self, other: Self) -> Bool:
        if len(self) != len(other):
            return False
        for v in self:
            if v not in other:
                return False
        return True

    def __ne__(self, other: Self) -> Bool:
        return not self.__eq__(other)

    def write_repr_to(self, mut writer: Some[Writer]) where conforms_to(Self.T, Writable):
        """What repr() writes: the same as write_to."""
        self.write_to(writer)

    def write_to(self, mut writer: Some[Writer]) where conforms_to(Self.T, Writable):
        writer.write_str("{")
        var first = True
        for v in self:
            if not first:
                writer.write_str(", ")
            first = False
            v.write_to(writer)
        writer.write_str("}")
