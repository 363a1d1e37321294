# The functions of std.random, over the process-wide xoshiro256** state of
# _state.mojo. Signatures follow Mojo 1.0's std/random/random.mojo; the
# numbers differ from Mojo's (which uses Philox), but a given seed always
# gives the same sequence.

from std.math import sqrt, log, cos, floor
from std.time import perf_counter_ns
from ._state import _global_state, _seed_state, _next_u64, _next_unit, _below


def seed():
    """Seeds the generator from the clock (perf_counter_ns)."""
    seed(Int(perf_counter_ns()))


def seed(a: Int):
    """Seeds the generator: the same seed gives the same numbers."""
    _seed_state(_global_state(), UInt64(a))


def random_float64(min: Float64 = 0, max: Float64 = 1) -> Float64:
    """A Float64 drawn uniformly from [min, max)."""
    var unit = _next_unit(_global_state())
    return min + unit * (max - min)


def random_si64(min: Int64, max: Int64) -> Int64:
    """An Int64 drawn uniformly from [min, max] (min when max <= min)."""
    var state = _global_state()
    if max <= min:
        return min
    var span = max.cast[DType.uint64]() - min.cast[DType.uint64]()
    if span == ~UInt64(0):
        return _next_u64(state).cast[DType.int64]()
    return min + _below(state, span + 1).cast[DType.int64]()


def random_ui64(min: UInt64, max: UInt64) -> UInt64:
    """A UInt64 drawn uniformly from [min, max] (min when max <= min)."""
    var state = _global_state()
    if max <= min:
        return min
    var span = max - min
    if span == ~UInt64(0):
        return _next_u64(state)
    return min + _below(state, span + 1)


def randint[dtype: DType](span: Span[SIMD[dtype, 1]], low: Int, high: Int):
    """Fills span with integers drawn uniformly from [low, high]."""
    randint(span.unsafe_ptr(), len(span), low, high)


def randint[dtype: DType](mut list: List[SIMD[dtype, 1]], low: Int, high: Int):
    """Fills list (as a Span: Ignis does not infer dtype through the implicit
    List-to-Span conversion yet)."""
    randint(list.unsafe_ptr(), len(list), low, high)


def randint[dtype: DType](ptr: UnsafePointer[SIMD[dtype, 1]], size: Int, low: Int, high: Int):
    """Fills size values at ptr with integers drawn uniformly from [low, high]."""
    comptime assert dtype.is_integral(), "randint needs an integral dtype"
    comptime if dtype.is_signed():
        for i in range(size):
            ptr[i] = random_si64(Int64(low), Int64(high)).cast[dtype]()
    else:
        for i in range(size):
            ptr[i] = random_ui64(UInt64(low), UInt64(high)).cast[dtype]()


def rand[dtype: DType](
    span: Span[SIMD[dtype, 1]],
    /,
    *,
    min: Float64 = 0.0,
    max: Float64 = 1.0,
    int_scale: Optional[Int] = None,
):
    """Fills span with uniform values: see the pointer form."""
    rand(span.unsafe_ptr(), len(span), min=min, max=max, int_scale=int_scale)


def rand[dtype: DType](
    mut list: List[SIMD[dtype, 1]],
    /,
    *,
    min: Float64 = 0.0,
    max: Float64 = 1.0,
    int_scale: Optional[Int] = None,
):
    """Fills list as the Span form does."""
    rand(list.unsafe_ptr(), len(list), min=min, max=max, int_scale=int_scale)


def rand[dtype: DType](
    ptr: UnsafePointer[SIMD[dtype, 1]],
    size: Int,
    /,
    *,
    min: Float64 = 0.0,
    max: Float64 = 1.0,
    int_scale: Optional[Int] = None,
):
    """Fills size values at ptr: floats uniformly from [min, max) (rounded
    down to a multiple of 2**-int_scale when int_scale is given), integers
    uniformly from [min, max] clamped to what dtype holds."""
    comptime if dtype.is_floating_point():
        var scale = -1
        if int_scale:
            scale = int_scale.value()
        if scale >= 0:
            var steps = Float64(1 << scale)
            for i in range(size):
                ptr[i] = (floor(random_float64(min, max) * steps) / steps).cast[dtype]()
        else:
            for i in range(size):
                ptr[i] = random_float64(min, max).cast[dtype]()
    elif dtype.is_signed():
        var bits = dtype.bit_width()
        var lowest = Int64(-1) << Int64(bits - 1)
        var highest = ~lowest
        var lo = min.cast[DType.int64]()
        var hi = max.cast[DType.int64]()
        if lo < lowest:
            lo = lowest
        if hi > highest:
            hi = highest
        for i in range(size):
            ptr[i] = random_si64(lo, hi).cast[dtype]()
    else:
        var bits = dtype.bit_width()
        var highest = ~UInt64(0)
        if bits < 64:
            highest = (UInt64(1) << UInt64(bits)) - 1
        var lo = UInt64(0)
        if min > 0:
            lo = min.cast[DType.uint64]()
        var hi = UInt64(0)
        if max > 0:
            hi = max.cast[DType.uint64]()
        if hi > highest:
            hi = highest
        for i in range(size):
            ptr[i] = random_ui64(lo, hi).cast[dtype]()


def randn_float64(mean: Float64 = 0.0, standard_deviation: Float64 = 1.0) -> Float64:
    """A Float64 drawn from Normal(mean, standard_deviation) (Box-Muller)."""
    var state = _global_state()
    var u1 = _next_unit(state)
    while u1 == 0.0:
        u1 = _next_unit(state)
    var u2 = _next_unit(state)
    var z = sqrt(-2.0 * log(u1)) * cos(6.283185307179586 * u2)
    return mean + standard_deviation * z


def randn[dtype: DType](
    span: Span[SIMD[dtype, 1]], mean: Float64 = 0.0, standard_deviation: Float64 = 1.0
):
    """Fills span with values drawn from Normal(mean, standard_deviation)."""
    randn(span.unsafe_ptr(), len(span), mean, standard_deviation)


def randn[dtype: DType](
    mut list: List[SIMD[dtype, 1]], mean: Float64 = 0.0, standard_deviation: Float64 = 1.0
):
    """Fills list as the Span form does."""
    randn(list.unsafe_ptr(), len(list), mean, standard_deviation)


def randn[dtype: DType](
    ptr: UnsafePointer[SIMD[dtype, 1]],
    size: Int,
    mean: Float64 = 0.0,
    standard_deviation: Float64 = 1.0,
):
    """Fills size values at ptr from Normal(mean, standard_deviation)."""
    for i in range(size):
        ptr[i] = randn_float64(mean, standard_deviation).cast[dtype]()


def shuffle[T: Copyable, //](mut list: List[T]):
    """Shuffles list in place (Fisher-Yates)."""
    var state = _global_state()
    var i = len(list) - 1
    while i > 0:
        var j = Int(_below(state, UInt64(i + 1)))
        if j != i:
            list.swap_elements(i, j)
        i -= 1
