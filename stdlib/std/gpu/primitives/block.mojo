# std.gpu.primitives.block: reductions, scans and broadcasts over a block.
#
# Each warp reduces with shuffles, lane 0 of each warp leaves its result in
# shared memory, and the first warp combines them; barriers separate the
# steps (and end each call, so the same shared slots can be used again).
# Lanes past the end of a partial last warp take no part.

from std.gpu.globals import WARP_SIZE
from std.gpu.primitives.id import thread_idx, block_dim, lane_id, warp_id
from std.gpu.primitives.warp import _shuffle, _log2
from std.gpu.sync.sync import barrier


@always_inline
def _combine[op: Int, dtype: DType, width: Int](a: SIMD[dtype, width], b: SIMD[dtype, width]) -> SIMD[dtype, width]:
    comptime if op == 0:
        return a + b
    elif op == 1:
        return SIMD[dtype, width](raw=__builtin.max(a._value, b._value))
    else:
        return SIMD[dtype, width](raw=__builtin.min(a._value, b._value))


@always_inline
def _warp_reduce[op: Int, dtype: DType, width: Int](v: SIMD[dtype, width], live: Int) -> SIMD[dtype, width]:
    """op over the first `live` lanes of the warp, in every one of them."""
    var x = v
    var lane = lane_id()
    comptime for i in range(_log2(WARP_SIZE)):
        var other = _shuffle[3](x, WARP_SIZE >> (i + 1))
        if (lane ^ (WARP_SIZE >> (i + 1))) < live:
            x = _combine[op](x, other)
    return x


@always_inline
def _linear_thread() -> Int:
    return thread_idx.x + block_dim.x * (thread_idx.y + block_dim.y * thread_idx.z)


@always_inline
def _reduce[op: Int, dtype: DType, width: Int, block_size: Int, broadcast: Bool](
    val: SIMD[dtype, width]
) -> SIMD[dtype, width]:
    comptime n_warps = (block_size + WARP_SIZE - 1) // WARP_SIZE
    var shared = __builtin.shared_alloc[SIMD[dtype, width], n_warps + 1]()
    var t = _linear_thread()
    var warp = t // WARP_SIZE
    var lane = t % WARP_SIZE
    var live = block_size - warp * WARP_SIZE
    if live > WARP_SIZE:
        live = WARP_SIZE
    var w = _warp_reduce[op](val, live)
    if lane == 0:
        __builtin.store(__builtin.offset(shared, warp._value), w)
    barrier()
    var total = w
    if warp == 0:
        var x = val
        if lane < n_warps:
            x = __builtin.load(__builtin.offset(shared, lane._value))
        total = _warp_reduce[op](x, n_warps)
        if lane == 0:
            __builtin.store(__builtin.offset(shared, Int(n_warps)._value), total)
    barrier()
    comptime if broadcast:
        total = __builtin.load(__builtin.offset(shared, Int(n_warps)._value))
        barrier()
    return total


@always_inline
def sum[dtype: DType, width: Int, //, *, block_size: Int, broadcast: Bool = True](
    val: SIMD[dtype, width]
) -> SIMD[dtype, width]:
    """The sum of val over the block's block_size threads (lane by lane for
    vectors); every thread gets it with broadcast, else thread 0."""
    return _reduce[0, dtype, width, block_size, broadcast](val)


@always_inline
def max[dtype: DType, width: Int, //, *, block_size: Int, broadcast: Bool = True](
    val: SIMD[dtype, width]
) -> SIMD[dtype, width]:
    """The largest val over the block's threads."""
    return _reduce[1, dtype, width, block_size, broadcast](val)


@always_inline
def min[dtype: DType, width: Int, //, *, block_size: Int, broadcast: Bool = True](
    val: SIMD[dtype, width]
) -> SIMD[dtype, width]:
    """The smallest val over the block's threads."""
    return _reduce[2, dtype, width, block_size, broadcast](val)


@always_inline
def broadcast[dtype: DType, width: Int, //, *, block_size: Int](
    val: SIMD[dtype, width], src_thread: Int = 0
) -> SIMD[dtype, width]:
    """Thread src_thread's val, in every thread of the block."""
    var shared = __builtin.shared_alloc[SIMD[dtype, width], 1]()
    if _linear_thread() == src_thread:
        __builtin.store(shared, val)
    barrier()
    var r = __builtin.load(shared)
    barrier()
    return r


@always_inline
def prefix_sum[dtype: DType, //, *, block_size: Int, exclusive: Bool = False](
    val: SIMD[dtype, 1]
) -> SIMD[dtype, 1]:
    """The sum of val over threads 0..t of the block (exclusive: 0..t-1)."""
    comptime n_warps = (block_size + WARP_SIZE - 1) // WARP_SIZE
    var shared = __builtin.shared_alloc[Scalar[dtype], n_warps]()
    var t = _linear_thread()
    var warp = t // WARP_SIZE
    var lane = t % WARP_SIZE
    # Inclusive scan within the warp.
    var x = val
    comptime for i in range(_log2(WARP_SIZE)):
        var n = _shuffle[1](x, 1 << i)
        if lane >= (1 << i):
            x = x + n
    if lane == WARP_SIZE - 1 or t == block_size - 1:
        __builtin.store(__builtin.offset(shared, warp._value), x)
    barrier()
    # The first warp scans the warps' totals.
    if warp == 0:
        var s = Scalar[dtype](0)
        if lane < n_warps:
            s = __builtin.load(__builtin.offset(shared, lane._value))
        comptime for i in range(_log2(WARP_SIZE)):
            var n = _shuffle[1](s, 1 << i)
            if lane >= (1 << i):
                s = s + n
        if lane < n_warps:
            __builtin.store(__builtin.offset(shared, lane._value), s)
    barrier()
    if warp > 0:
        x = x + __builtin.load(__builtin.offset(shared, (warp - 1)._value))
    barrier()
    comptime if exclusive:
        return x - val
    return x
