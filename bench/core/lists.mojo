# List and Span kernels with bounds checks on (the default -D ASSERT=safe):
# sum (Int), dot (Float64), a 3-point stencil (Float64) and an in-place
# prefix sum (Int), each over a List and over a Span, N = 10,000 elements,
# passes (REPS, or 5 x REPS for the vectorised sum and stencil). argv[1]
# picks the kernel (sum_list, sum_span, dot_list, ...); prints a checksum.
# Same loops, in the same order, as lists.c.
from std.sys import argv

comptime N = 10000
comptime REPS = 40000


@no_inline
def sum_list(xs: List[Int]) -> Int:
    var s = 0
    for i in range(len(xs)):
        s += xs[i]
    return s


@no_inline
def sum_span(xs: Span[Int]) -> Int:
    var s = 0
    for i in range(len(xs)):
        s += xs[i]
    return s


@no_inline
def dot_list(a: List[Float64], b: List[Float64]) -> Float64:
    var s = 0.0
    for i in range(len(a)):
        s += a[i] * b[i]
    return s


@no_inline
def dot_span(a: Span[Float64], b: Span[Float64]) -> Float64:
    var s = 0.0
    for i in range(len(a)):
        s += a[i] * b[i]
    return s


@no_inline
def stencil_list(mut dst: List[Float64], src: List[Float64]):
    for i in range(1, len(src) - 1):
        dst[i] = (src[i - 1] + src[i] + src[i + 1]) * 0.25


@no_inline
def stencil_span(dst: Span[Float64], src: Span[Float64]):
    for i in range(1, len(src) - 1):
        dst[i] = (src[i - 1] + src[i] + src[i + 1]) * 0.25


@no_inline
def prefix_list(mut xs: List[Int]):
    for i in range(1, len(xs)):
        xs[i] = xs[i] + xs[i - 1]


@no_inline
def prefix_span(xs: Span[Int]):
    for i in range(1, len(xs)):
        xs[i] = xs[i] + xs[i - 1]


@no_inline
def restore(mut xs: List[Int], saved: List[Int]):
    """Puts back the values before a prefix sum (so they stay small)."""
    for i in range(len(xs)):
        xs[i] = saved[i]


def main():
    var kernel = String(argv()[1])
    var ints = List[Int]()
    var a = List[Float64]()
    var b = List[Float64]()
    for i in range(N):
        ints.append(i % 7)
        a.append(Float64(i % 13) * 0.5)
        b.append(Float64(i % 5) + 0.25)
    var saved = ints.copy()
    # The kernel is picked once, before the loop (as lists.c does).
    var k = -1
    if kernel.startswith("sum"):
        k = 0
    elif kernel.startswith("dot"):
        k = 1
    elif kernel.startswith("stencil"):
        k = 2
    elif kernel.startswith("prefix"):
        k = 3
    var span = kernel.endswith("_span")
    var check = 0.0
    var reps = REPS
    if k == 0 or k == 2:
        reps = 5 * REPS
    for r in range(reps):
        # One element changes per pass, so no pass repeats the one before.
        ints[r % N] = r % 3
        a[r % N] = Float64(r % 11)
        if k == 0:
            if span:
                check += Float64(sum_span(Span(ints)))
            else:
                check += Float64(sum_list(ints))
        elif k == 1:
            if span:
                check += dot_span(Span(a), Span(b))
            else:
                check += dot_list(a, b)
        elif k == 2:
            if span:
                stencil_span(Span(b), Span(a))
            else:
                stencil_list(b, a)
            check += b[r % (N - 2) + 1]
        elif k == 3:
            if span:
                prefix_span(Span(ints))
            else:
                prefix_list(ints)
            check += Float64(ints[N - 1])
            restore(ints, saved)
    print(kernel, check)
