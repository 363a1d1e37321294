# Reductions over spans (and lists) of scalars.


def sum[dtype: DType](src: Span[SIMD[dtype, 1]]) -> Scalar[dtype]:
    """The sum of the elements (0 for an empty span)."""
    var acc = Scalar[dtype](0)
    for i in range(len(src)):
        acc += src[i]
    return acc


def max[dtype: DType](src: Span[SIMD[dtype, 1]]) raises -> Scalar[dtype]:
    """The largest element; raises on an empty span."""
    if len(src) == 0:
        raise Error("max of an empty span")
    var acc = src[0]
    for i in range(1, len(src)):
        if src[i] > acc:
            acc = src[i]
    return acc


def min[dtype: DType](src: Span[SIMD[dtype, 1]]) raises -> Scalar[dtype]:
    """The smallest element; raises on an empty span."""
    if len(src) == 0:
        raise Error("min of an empty span")
    var acc = src[0]
    for i in range(1, len(src)):
        if src[i] < acc:
            acc = src[i]
    return acc


def mean[dtype: DType](src: Span[SIMD[dtype, 1]]) raises -> Scalar[dtype]:
    """The arithmetic mean; raises on an empty span."""
    if len(src) == 0:
        raise Error("mean of an empty span")
    return sum(src) / Scalar[dtype](len(src))
