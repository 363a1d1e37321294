# Higher-order loops. The closure arguments are compile-time parameters:
# every closure gives its own instantiation and the calls inline.


def vectorize[
    func: def[width: Int](Int) capturing -> None,
    simd_width: Int,
    /,
    *,
    unroll_factor: Int = 1,
](size: Int):
    """Calls func[simd_width](i) for i = 0, simd_width, ... while a whole
    vector fits (unroll_factor vectors per step), then func[1](i) for each
    remaining element."""
    comptime step = simd_width * unroll_factor
    var i = 0
    while i + step <= size:
        comptime for u in range(unroll_factor):
            func[simd_width](i + u * simd_width)
        i += step
    while i + simd_width <= size:
        func[simd_width](i)
        i += simd_width
    while i < size:
        func[1](i)
        i += 1


def unroll[func: def[idx: Int]() capturing -> None, count: Int]():
    """Calls func[0](), func[1](), ... func[count - 1]() (unrolled)."""
    comptime for i in range(count):
        func[i]()


def parallelize[func: def(Int) capturing -> None](num_work_items: Int):
    """Calls func(i) for every i in [0, num_work_items) on the worker
    threads and returns when all calls have finished."""
    sync_parallelize[func](num_work_items)


def parallelize[func: def(Int) capturing -> None](num_work_items: Int, num_workers: Int):
    """As parallelize[func](num_work_items); the pool's size is fixed, so
    num_workers is a hint that is not used."""
    sync_parallelize[func](num_work_items)


def sync_parallelize[func: def(Int) capturing -> None](num_work_items: Int):
    """Like parallelize: returns when every func(i) has run. The items run on
    the runtime's thread pool (stdlib/runtime/ThreadPool.cpp) in no fixed
    order; func must not raise."""
    __builtin.parallel_for[func](num_work_items)


def num_workers() -> Int:
    """The threads parallelize uses (IGNIS_NUM_THREADS, else the hardware
    threads)."""
    return Int(raw=__builtin.external_call["ignis_rt_num_workers", __builtin.simd[DType.index, 1]]())


def elementwise[func: def[width: Int](Int) capturing -> None, simd_width: Int](size: Int):
    """func[simd_width](i) over [0, size) in whole vectors, then func[1] for
    the tail (a one-dimensional elementwise loop)."""
    vectorize[func, simd_width](size)


def map[func: def(Int) capturing -> None](size: Int):
    """Calls func(i) for i = 0, 1, ..., size - 1, in order."""
    for i in range(size):
        func(i)
