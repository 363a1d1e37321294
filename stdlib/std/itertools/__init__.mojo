# std.itertools: iterator building blocks (Mojo 1.0's names and parameters).
#
# Each function returns an iterator in Mojo 1.0's protocol (`__next__`
# raises StopIteration at the end). The iterators they build on may be the
# library's own (List, range, ...) or any Iterator; an iterator over a
# collection refers to it, so the collection must outlive the loop.

from std.itertools.itertools import (
    count,
    cycle,
    drop_while,
    product,
    repeat,
    drop,
    take,
    take_while,
)
