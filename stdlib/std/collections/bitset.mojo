# BitSet[size]: a fixed-size set of the integers 0 ..< size, one bit each
# (Mojo 1.0's std.collections.bitset API).

from std.os import abort

from std.bit import pop_count, count_trailing_zeros


def _check_bit_index(idx: Int, size: Int, operation: StaticString):
    if idx < 0 or idx >= size:
        abort(
            String("BitSet index out of bounds when ")
            + String(operation)
            + ": index "
            + String(idx)
            + ", size "
            + String(size)
        )


struct BitSet[size: Int](Boolable, Copyable, Sized, Writable):
    """A set of the integers 0 ..< size stored as bits: `set`, `clear`,
    `toggle`, `test`, the whole-set forms, and `union`, `intersection`,
    `difference` of two sets of the same size."""

    comptime _words = (Self.size + 63) // 64
    var _bits: InlineArray[UInt64, Self._words]

    def __init__(out self):
        """An empty set."""
        self._bits = InlineArray[UInt64, Self._words](fill=0)

    def __init__(out self, *, copy: Self):
        self._bits = copy._bits.copy()

    def _word(self, idx: Int) -> Int:
        return idx >> 6

    def _mask(self, idx: Int) -> UInt64:
        return UInt64(1) << UInt64(idx & 63)

    def __len__(self) -> Int:
        """The number of integers in the set."""
        var n = 0
        for i in range(Self._words):
            n += Int(pop_count(self._bits[i]))
        return n

    def __bool__(self) -> Bool:
        """Whether any integer is in the set."""
        for i in range(Self._words):
            if self._bits[i] != 0:
                return True
        return False

    def set(mut self, idx: Int):
        _check_bit_index(idx, Self.size, "setting")
        self._bits[idx >> 6] = self._bits[idx >> 6] | self._mask(idx)

    def clear(mut self, idx: Int):
        _check_bit_index(idx, Self.size, "clearing")
        self._bits[idx >> 6] = self._bits[idx >> 6] & ~self._mask(idx)

    def toggle(mut self, idx: Int):
        _check_bit_index(idx, Self.size, "toggling")
        self._bits[idx >> 6] = self._bits[idx >> 6] ^ self._mask(idx)

    def test(self, idx: Int) -> Bool:
        _check_bit_index(idx, Self.size, "testing")
        return (self._bits[idx >> 6] & self._mask(idx)) != 0

    def clear_all(mut self):
        for i in range(Self._words):
            self._bits[i] = 0

    def set_all(mut self):
        for i in range(Self._words):
            self._bits[i] = ~UInt64(0)
        self._zero_upper()

    def toggle_all(mut self):
        for i in range(Self._words):
            self._bits[i] = ~self._bits[i]
        self._zero_upper()

    def _zero_upper(mut self):
        comptime rest = Self.size & 63
        comptime if rest != 0:
            self._bits[Self._words - 1] = self._bits[Self._words - 1] & (
                (UInt64(1) << UInt64(rest)) - 1
            )

    def union(self, other: Self) -> Self:
        var r = Self()
        for i in range(Self._words):
            r._bits[i] = self._bits[i] | other._bits[i]
        return r^

    def intersection(self, other: Self) -> Self:
        var r = Self()
        for i in range(Self._words):
            r._bits[i] = self._bits[i] & other._bits[i]
        return r^

    def difference(self, other: Self) -> Self:
        var r = Self()
        for i in range(Self._words):
            r._bits[i] = self._bits[i] & ~other._bits[i]
        return r^

    def write_to(self, mut writer: Some[Writer]):
        """The members in ascending order: `{1, 5, 42}`."""
        writer.write("{")
        var first = True
        for i in range(Self._words):
            var word = self._bits[i]
            while word != 0:
                var bit = Int(count_trailing_zeros(word))
                if not first:
                    writer.write(", ")
                writer.write(i * 64 + bit)
                first = False
                word = word & (word - 1)
        writer.write("}")

    def write_repr_to(self, mut writer: Some[Writer]):
        writer.write("BitSet[", Self.size, "](")
        self.write_to(writer)
        writer.write(")")
