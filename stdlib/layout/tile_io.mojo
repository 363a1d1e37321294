# Tile copiers: a block's (or a warp's) threads copy a TileTensor tile
# together, each thread the elements `distribute[thread_layout]` gives it.
# Threads past thread_layout's size copy nothing (in Mojo they wrap around
# and store the same values again); num_threads is accepted.
#
# The asynchronous copier is a plain copy in Ignis (no target lowers it to
# cp.async yet); async_copy_commit_group/async_copy_wait_all have then
# nothing to wait for. Ignis's own implementation of Mojo 1.0's
# `layout.tile_io`.

from std.gpu import block_dim, lane_id, thread_idx
from layout.tile_layout import TensorLayout, Layout
from layout.tile_tensor import TileTensor


@register_passable("trivial")
struct ThreadScope(ImplicitlyCopyable, Equatable):
    """Which threads share a copy: the whole block or one warp."""

    var _value: Int
    comptime BLOCK = ThreadScope(0)
    comptime WARP = ThreadScope(1)

    def __init__(out self, value: Int):
        self._value = value

    def __eq__(self, other: Self) -> Bool:
        return self._value == other._value

    def __ne__(self, other: Self) -> Bool:
        return self._value != other._value


@always_inline
def _worker_idx[scope: ThreadScope]() -> Int:
    """The thread's index in the block (row-major over z, y, x), or its lane
    in the warp."""
    comptime if scope == ThreadScope.BLOCK:
        return (
            thread_idx.z * block_dim.y * block_dim.x
            + thread_idx.y * block_dim.x
            + thread_idx.x
        )
    else:
        return lane_id()


@always_inline
def _tile_copy[
    T: TensorLayout,
    //,
    thread_layout: T,
    num_threads: Int,
    scope: ThreadScope,
](dst: TileTensor, src: TileTensor, loc: _SourceLocation):
    # Threads past the layout copy nothing: in Mojo they wrap around and
    # store the same values again (benign on a GPU, a write-write race for
    # the cpu device's checker), so the result is the same.
    var worker = _worker_idx[scope]()
    if worker >= T.size:
        return
    var d = dst.distribute[thread_layout](worker)
    var s = src.distribute[thread_layout](worker)
    d._copy_elements_from(s, loc)


@register_passable("trivial")
struct GenericToSharedTileCopier[
    thread_layout: Layout,
    *,
    num_threads: Int = thread_layout.size(),
    thread_scope: ThreadScope = ThreadScope.BLOCK,
](ImplicitlyCopyable):
    """Copies a tile from global memory into shared memory."""

    def __init__(out self):
        pass

    @always_inline
    def copy(self, dst: TileTensor, src: TileTensor):
        _tile_copy[Self.thread_layout, Self.num_threads, Self.thread_scope](
            dst, src, __builtin.call_location()
        )


@register_passable("trivial")
struct GenericToSharedAsyncTileCopier[
    thread_layout: Layout,
    *,
    num_threads: Int = thread_layout.size(),
    thread_scope: ThreadScope = ThreadScope.BLOCK,
](ImplicitlyCopyable):
    """Copies a tile from global memory into shared memory; commit with
    async_copy_commit_group() and wait with async_copy_wait_all() before
    reading it (in Ignis the copy is done when copy returns)."""

    def __init__(out self):
        pass

    @always_inline
    def copy(self, dst: TileTensor, src: TileTensor):
        _tile_copy[Self.thread_layout, Self.num_threads, Self.thread_scope](
            dst, src, __builtin.call_location()
        )


@register_passable("trivial")
struct SharedToGenericTileCopier[
    thread_layout: Layout,
    *,
    num_threads: Int = thread_layout.size(),
    thread_scope: ThreadScope = ThreadScope.BLOCK,
](ImplicitlyCopyable):
    """Copies a tile from shared memory to global memory."""

    def __init__(out self):
        pass

    @always_inline
    def copy(self, dst: TileTensor, src: TileTensor):
        _tile_copy[Self.thread_layout, Self.num_threads, Self.thread_scope](
            dst, src, __builtin.call_location()
        )
