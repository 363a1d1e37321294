# Slice: what `x[a:b:c]` passes to `__getitem__`. Each part may be missing
# (`x[:b]`, `x[a:]`, `x[::-1]`); `indices(len)` resolves them as Python does
# (negative offsets count from the end, out-of-range ends are clamped).

from std.collections.optional import Optional


@fieldwise_init
@register_passable("trivial")
struct _SliceRange(ImplicitlyCopyable):
    """The resolved start, end and step of a slice over a given length."""
    var start: Int
    var end: Int
    var step: Int

    def count(self) -> Int:
        """How many indices the range visits."""
        if self.step > 0 and self.start < self.end:
            return (self.end - self.start + self.step - 1) // self.step
        if self.step < 0 and self.start > self.end:
            return (self.start - self.end - self.step - 1) // (-self.step)
        return 0


struct Slice(Copyable, Movable, Writable):
    var start: Optional[Int]
    var end: Optional[Int]
    var step: Optional[Int]

    def __init__(out self, start: Optional[Int], end: Optional[Int]):
        self.start = start.copy()
        self.end = end.copy()
        self.step = None

    def __init__(out self, start: Optional[Int], end: Optional[Int], step: Optional[Int]):
        self.start = start.copy()
        self.end = end.copy()
        self.step = step.copy()

    def __init__(out self, *, copy: Self):
        self.start = copy.start.copy()
        self.end = copy.end.copy()
        self.step = copy.step.copy()

    @implicit
    def __init__(out self, contiguous: ContiguousSlice):
        """`x[a:b]` given to a `__getitem__` that takes any Slice."""
        self.start = contiguous.start.copy()
        self.end = contiguous.end.copy()
        self.step = None

    def copy(self) -> Self:
        return Self(copy=self)

    def write_repr_to(self, mut writer: Some[Writer]):
        """What repr() writes: the same as write_to."""
        self.write_to(writer)

    def write_to(self, mut writer: Some[Writer]):
        """`slice(start, end, step)` with `None` for a missing part."""
        writer.write_str("slice(")
        _write_part(writer, self.start)
        writer.write_str(", ")
        _write_part(writer, self.end)
        writer.write_str(", ")
        _write_part(writer, self.step)
        writer.write_str(")")

    def __str__(self) -> String:
        return String(self)

    def _range(self, length: Int) -> _SliceRange:
        var step = 1
        if self.step:
            step = self.step.value()
        if step == 0:
            _zero_step()
        var lower = 0
        var upper = length
        if step < 0:
            lower = -1
            upper = length - 1
        var start = upper if step < 0 else lower
        if self.start:
            start = _clamp_bound(self.start.value(), length, lower, upper)
        var end = lower if step < 0 else upper
        if self.end:
            end = _clamp_bound(self.end.value(), length, lower, upper)
        return _SliceRange(start, end, step)

    def _byte_range(self, length: Int) -> _SliceRange:
        """The range of a `byte=` slice of a string: contiguous (a step other
        than 1 stops the program), with end >= start."""
        if self.step and self.step.value() != 1:
            _abort_slice("a 'byte=' string slice cannot have a step")
        var r = self._range(length)
        if r.end < r.start:
            r.end = r.start
        return r

    def indices(self, length: Int) -> (Int, Int, Int):
        """(start, end, step) for a sequence of `length` items, as Python's
        `slice.indices`; a zero step stops the program."""
        var r = self._range(length)
        return (r.start, r.end, r.step)


struct ContiguousSlice(Copyable, Movable):
    """What `x[a:b]` (no step) passes to `__getitem__`: a `List` gives a
    `Span` of its elements for it, as in Mojo 1.0. It converts implicitly to
    `Slice`, so a `__getitem__(slice: Slice)` takes it too."""
    var start: Optional[Int]
    var end: Optional[Int]

    def __init__(out self, start: Optional[Int], end: Optional[Int]):
        self.start = start.copy()
        self.end = end.copy()

    def __init__(out self, *, copy: Self):
        self.start = copy.start.copy()
        self.end = copy.end.copy()

    def copy(self) -> Self:
        return Self(copy=self)

    def _range(self, length: Int) -> _SliceRange:
        return Slice(self)._range(length)


def slice(end: Optional[Int]) -> Slice:
    """`slice(b)`: the same as `[:b]`."""
    return Slice(None, end)


def slice(start: Optional[Int], end: Optional[Int]) -> Slice:
    return Slice(start, end)


def slice(start: Optional[Int], end: Optional[Int], step: Optional[Int]) -> Slice:
    return Slice(start, end, step)


def _clamp_bound(value: Int, length: Int, lower: Int, upper: Int) -> Int:
    var v = value
    if v < 0:
        v += length
    if v < lower:
        return lower
    if v > upper:
        return upper
    return v


def _write_part(mut writer: Some[Writer], part: Optional[Int]):
    if part:
        part.value().write_to(writer)
    else:
        writer.write_str("None")


@no_inline
def _zero_step():
    var message = String("slice step cannot be zero")
    __builtin.external_call["ignis_rt_abort"](message._data, message._len._value)


@no_inline
def _abort_slice(text: StringLiteral):
    var message = String(text)
    __builtin.external_call["ignis_rt_abort"](message._data, message._len._value)
