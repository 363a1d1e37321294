# Set[T]: distinct values in insertion order (a Dict with no values).

from std.collections.dict import Dict, _DictKeyIter


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
