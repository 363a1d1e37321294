# Clocks over the runtime's CLOCK_MONOTONIC (stdlib/runtime/Time.cpp).


def perf_counter_ns() -> UInt:
    """A monotonic clock in nanoseconds (differences are meaningful)."""
    return UInt(Int(raw=__builtin.external_call["ignis_rt_perf_counter_ns", __builtin.simd[DType.index, 1]]()))


def perf_counter() -> Float64:
    """The monotonic clock in seconds."""
    return Float64(Int(raw=__builtin.external_call["ignis_rt_perf_counter_ns", __builtin.simd[DType.index, 1]]())) / 1.0e9


def monotonic() -> UInt:
    """The monotonic clock in nanoseconds."""
    return perf_counter_ns()


def sleep(sec: Float64):
    """Suspends the thread for sec seconds."""
    var ns = Int(sec * 1.0e9)
    _ = __builtin.external_call["ignis_rt_sleep_ns", __builtin.simd[DType.index, 1]](ns._value)


def time_function[func: def() capturing -> None]() -> UInt:
    """The nanoseconds one call of func takes."""
    var start = perf_counter_ns()
    func()
    return perf_counter_ns() - start
