# range(): the integer sequences that `for` loops walk.


@register_passable("trivial")
struct _Range(Sized, ImplicitlyCopyable):
    var start: Int
    var end: Int
    var step: Int

    def __init__(out self, start: Int, end: Int, step: Int):
        self.start = start
        self.end = end
        self.step = step

    comptime IteratorType = _Range
    def __iter__(self) -> _Range:
        return self

    def __has_next__(self) -> Bool:
        if self.step > 0:
            return self.start < self.end
        return self.start > self.end

    comptime Element = Int
    def __next__(mut self) -> Int:
        var value = self.start
        self.start += self.step
        return value

    def __len__(self) -> Int:
        if self.step > 0:
            if self.start >= self.end:
                return 0
            return (self.end - self.start + self.step - 1) // self.step
        if self.start <= self.end:
            return 0
        return (self.start - self.end - self.step - 1) // (-self.step)

    def __reversed__(self) -> _Range:
        """The same values, last first."""
        var n = self.__len__()
        var last = self.start + (n - 1) * self.step
        return _Range(last, last - n * self.step, -self.step)


def range(end: Int) -> _Range:
    return _Range(0, end, 1)


def range(start: Int, end: Int) -> _Range:
    return _Range(start, end, 1)


def range(start: Int, end: Int, step: Int) -> _Range:
    return _Range(start, end, step)
