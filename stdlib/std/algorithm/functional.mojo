# Higher-order loops. The closure arguments are compile-time parameters:
# every closure gives its own instantiation and the calls inline. The forms
# that take the closure as an argument (`vectorize[8](n, body)`,
# `elementwise[...](body, shape, ctx)`) bind it the same way.

from std.utils.coord import Coord
from std.gpu import block_idx, block_dim, grid_dim, thread_idx
from std.gpu.host import DeviceContext
from std.algorithm.tile import tile, Static1DTileUnitFunc, Dynamic1DTileUnitFunc, BinaryTile1DTileUnitFunc, Static2DTileUnitFunc


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
    # Counted loops over precomputed ends (not `while i + step <= size`):
    # LLVM then sees one induction variable and a trip count, so the body
    # keeps its loads and stores on one address each instead of a bundle of
    # strength-reduced pointers shared with the tail loops.
    if size <= 0:
        return
    var unrolled = size // step
    for t in range(unrolled):
        var base = t * step
        comptime for u in range(unroll_factor):
            func[simd_width](base + u * simd_width)
    var vector_start = unrolled * step
    comptime if unroll_factor > 1:
        for t in range((size - vector_start) // simd_width):
            func[simd_width](vector_start + t * simd_width)
    var scalar_start = size - size % simd_width
    for i in range(scalar_start, size):
        func[1](i)


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


def vectorize[
    FuncType: def[width: Int](Int) -> None,
    //,
    simd_width: Int,
    /,
    *,
    unroll_factor: Int = 1,
](size: Int, func: FuncType):
    """vectorize with the body as an argument (a closure with its captures):
    func[simd_width](i) over whole vectors, then func[1](i) for the rest."""
    vectorize[func, simd_width, unroll_factor=unroll_factor](size)


def _elementwise_gpu_kernel[
    func: def[width: Int, alignment: Int = 1](Coord) capturing -> None,
    simd_width: Int,
](size: Int):
    """Each thread of the grid takes the vectors at its index, then every
    grid-size-th one after (func[simd_width](Coord(v * simd_width))); the
    elements past the last whole vector go one at a time (func[1])."""
    var first = block_idx.x * block_dim.x + thread_idx.x
    var stride = grid_dim.x * block_dim.x
    var vectors = size // simd_width
    var v = first
    while v < vectors:
        func[simd_width](Coord(v * simd_width))
        v += stride
    var t = vectors * simd_width + first
    while t < size:
        func[1](Coord(t))
        t += stride


comptime _ELEMENTWISE_BLOCK = 128


def elementwise[
    FuncType: def[width: Int, alignment: Int = 1](Coord) -> None,
    simd_width: Int,
    *,
    target: StaticString = "cpu",
    _trace_description: StaticString = "elementwise",
](func: FuncType, shape: Coord, context: DeviceContext) raises:
    """Calls func[simd_width](Coord(i)) for i = 0, simd_width, ... over the
    one-dimensional shape (func[1] for the tail). target="gpu" launches one
    kernel on context (blocks of 128 threads, a thread per vector, at most
    65535 blocks with the rest taken grid-stride) and returns once it is
    enqueued; target="cpu" runs the loop on the host."""
    var size = shape.product()
    comptime if target == "gpu":
        var vectors = size // simd_width + size % simd_width
        var blocks = min(max(1, (vectors + _ELEMENTWISE_BLOCK - 1) // _ELEMENTWISE_BLOCK), 65535)
        context.enqueue_function[_elementwise_gpu_kernel[func, simd_width]](
            size, grid_dim=blocks, block_dim=_ELEMENTWISE_BLOCK
        )
    else:
        var i = 0
        while i + simd_width <= size:
            func[simd_width](Coord(i))
            i += simd_width
        while i < size:
            func[1](Coord(i))
            i += 1


def elementwise[
    FuncType: def[width: Int, alignment: Int = 1](Coord) -> None,
    simd_width: Int,
    *,
    target: StaticString = "cpu",
    _trace_description: StaticString = "elementwise",
](func: FuncType, shape: Int, context: DeviceContext) raises:
    """elementwise over the shape Coord(shape)."""
    elementwise[simd_width=simd_width, target=target](func, Coord(shape), context)
