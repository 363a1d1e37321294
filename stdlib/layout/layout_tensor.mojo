# LayoutTensor: a pointer to elements of `dtype` viewed through a Layout
# value given as a parameter (`LayoutTensor[DType.float32,
# Layout.row_major(4, 8)]`). Indexing `t[i, j]` reads the element at
# layout.crd2idx((i, j)); `tile` views a block with the same strides;
# `stack_allocation()` makes one in the stack frame or, in a kernel, in
# shared memory; copy_dram_to_sram(_async) spreads a copy over the threads
# of a block. Tensors are trivially copyable views: they never own memory.
#
# Ignis's own implementation of Mojo 1.0's `layout.layout_tensor` for flat
# layouts of rank 1 to 4 with static dimensions. The async copy is a plain
# copy (no target here has cp.async lowering yet); async_copy_wait_all
# then has nothing to wait for.

from std.memory import UnsafePointer
from std.memory.address_space import AddressSpace
from std.memory.unsafe_pointer import _device_check
from std.gpu.host.device_context import DeviceBuffer, HostBuffer
from std.gpu.primitives.id import thread_idx, block_dim
from layout.int_tuple import IntTuple
from layout.layout import Layout
from layout.vectorized_tensor import VectorizedLayoutTensor, _vector_layout
from std.utils.index import IndexList


def _tile_layout[*tile_shape: Int](layout: Layout) -> Layout:
    var shape = IntTuple()
    comptime for i in range(len(tile_shape)):
        shape.append(tile_shape[i])
    return Layout(shape, layout.stride)


@register_passable("trivial")
struct LayoutTensor[
    mut: Bool = True,
    //,
    dtype: DType,
    layout: Layout,
    origin: Int = 0,
    *,
    address_space: Int = AddressSpace.GENERIC,
    masked: Bool = False,
](ImplicitlyCopyable, Writable):
    """A view of memory of `dtype` elements through `layout`."""

    comptime element_type = Scalar[Self.dtype]
    comptime rank = Self.layout.rank()

    var ptr: UnsafePointer[Scalar[Self.dtype], address_space = Self.address_space]

    # --- construction -------------------------------------------------------

    def __init__(
        out self,
        ptr: UnsafePointer[SIMD[Self.dtype, 1], address_space = Self.address_space],
    ):
        self.ptr = ptr

    def __init__(out self, buffer: DeviceBuffer[Self.dtype]):
        self.ptr = rebind[type_of(self.ptr)](buffer.unsafe_ptr())

    def __init__(out self, buffer: HostBuffer[Self.dtype]):
        self.ptr = rebind[type_of(self.ptr)](buffer.unsafe_ptr())

    def __init__[
        size: Int
    ](out self, ref storage: InlineArray[SIMD[Self.dtype, 1], size]):
        self.ptr = rebind[type_of(self.ptr)](storage.unsafe_ptr())

    def __init__(out self, *, copy: Self):
        self.ptr = copy.ptr

    @staticmethod
    def stack_allocation(
        *,
        _slot: __builtin.pointer[Scalar[Self.dtype]] = __builtin.stack_alloc[
            Scalar[Self.dtype], Self.layout.cosize()
        ](),
    ) -> Self where Self.address_space != AddressSpace.SHARED:
        """A tensor in the caller's stack frame (uninitialised)."""
        return Self(
            UnsafePointer[Scalar[Self.dtype], address_space = Self.address_space](
                raw=__builtin.addrspace_cast[Self.address_space](_slot)
            )
        )

    @staticmethod
    def stack_allocation(
        *,
        _shared: __builtin.pointer[
            Scalar[Self.dtype], AddressSpace.SHARED
        ] = __builtin.shared_alloc[Scalar[Self.dtype], Self.layout.cosize()](),
    ) -> Self where Self.address_space == AddressSpace.SHARED:
        """In a kernel, a tensor in the block's shared memory: one allocation
        per call site, the same for every thread of the block
        (uninitialised)."""
        return Self(
            UnsafePointer[Scalar[Self.dtype], address_space = Self.address_space](
                raw=__builtin.addrspace_cast[Self.address_space](_shared)
            )
        )

    # --- elements -----------------------------------------------------------

    @always_inline
    def _load(self, offset: Int, loc: _SourceLocation) -> Scalar[Self.dtype]:
        var p = self.ptr + offset
        _device_check[Scalar[Self.dtype]](__builtin.addrspace_cast[0](p._ptr), 1, 0, loc)
        return p.load()

    @always_inline
    def _store(self, offset: Int, value: Scalar[Self.dtype], loc: _SourceLocation):
        var p = self.ptr + offset
        _device_check[Scalar[Self.dtype]](__builtin.addrspace_cast[0](p._ptr), 1, 1, loc)
        p.store[1](value)

    @always_inline
    def __getitem__(self, i: Int) -> Scalar[Self.dtype]:
        comptime assert Self.rank == 1, "one index for a rank-1 tensor"
        comptime d0 = Self.layout.stride[0]
        return self._load(i * d0, __builtin.call_location())

    @always_inline
    def __getitem__(self, i: Int, j: Int) -> Scalar[Self.dtype]:
        comptime assert Self.rank == 2, "two indices for a rank-2 tensor"
        comptime d0 = Self.layout.stride[0]
        comptime d1 = Self.layout.stride[1]
        return self._load(i * d0 + j * d1, __builtin.call_location())

    @always_inline
    def __getitem__(self, i: Int, j: Int, k: Int) -> Scalar[Self.dtype]:
        comptime assert Self.rank == 3, "three indices for a rank-3 tensor"
        comptime d0 = Self.layout.stride[0]
        comptime d1 = Self.layout.stride[1]
        comptime d2 = Self.layout.stride[2]
        return self._load(i * d0 + j * d1 + k * d2, __builtin.call_location())

    @always_inline
    def __setitem__(self, i: Int, value: Scalar[Self.dtype]):
        comptime assert Self.rank == 1, "one index for a rank-1 tensor"
        comptime d0 = Self.layout.stride[0]
        self._store(i * d0, value, __builtin.call_location())

    @always_inline
    def __setitem__(self, i: Int, j: Int, value: Scalar[Self.dtype]):
        comptime assert Self.rank == 2, "two indices for a rank-2 tensor"
        comptime d0 = Self.layout.stride[0]
        comptime d1 = Self.layout.stride[1]
        self._store(i * d0 + j * d1, value, __builtin.call_location())

    @always_inline
    def __setitem__(self, i: Int, j: Int, k: Int, value: Scalar[Self.dtype]):
        comptime assert Self.rank == 3, "three indices for a rank-3 tensor"
        comptime d0 = Self.layout.stride[0]
        comptime d1 = Self.layout.stride[1]
        comptime d2 = Self.layout.stride[2]
        self._store(i * d0 + j * d1 + k * d2, value, __builtin.call_location())

    # --- vectors --------------------------------------------------------------

    @always_inline
    def _offset_of[n: Int](self, idx: IndexList[n]) -> Int:
        comptime assert n == Self.rank, "as many indices as the tensor's rank"
        var offset = 0
        comptime for i in range(n):
            comptime d = Self.layout.stride[i]
            offset += idx[i] * d
        return offset

    @always_inline
    def load[
        n: Int, //, width: Int, load_alignment: Int = 1
    ](self, idx: IndexList[n]) -> SIMD[Self.dtype, width]:
        """`width` consecutive elements from coordinate idx (the last mode
        must be contiguous); the load may assume load_alignment bytes."""
        var p = self.ptr + self._offset_of(idx)
        _device_check[Scalar[Self.dtype]](
            __builtin.addrspace_cast[0](p._ptr), width, 0, __builtin.call_location()
        )
        return p.load[width=width, alignment=load_alignment]()

    @always_inline
    def aligned_load[
        n: Int, //, width: Int
    ](self, idx: IndexList[n]) -> SIMD[Self.dtype, width]:
        """load with the alignment of a whole vector."""
        var p = self.ptr + self._offset_of(idx)
        _device_check[Scalar[Self.dtype]](
            __builtin.addrspace_cast[0](p._ptr), width, 0, __builtin.call_location()
        )
        return p.load[
            width=width, alignment=width * __builtin.size_of[Scalar[Self.dtype]]
        ]()

    @always_inline
    def store[
        n: Int, //, width: Int, store_alignment: Int = 1
    ](self, idx: IndexList[n], value: SIMD[Self.dtype, width]):
        """Stores `width` consecutive elements at coordinate idx."""
        var p = self.ptr + self._offset_of(idx)
        _device_check[Scalar[Self.dtype]](
            __builtin.addrspace_cast[0](p._ptr), width, 1, __builtin.call_location()
        )
        p.store[width, alignment=store_alignment](value)

    # --- whole-tensor operations ---------------------------------------------

    def fill(self, value: Scalar[Self.dtype]) -> Self:
        """Sets every element to value; returns the tensor."""
        comptime L = Self.layout
        comptime n = L.size()
        for i in range(n):
            self.ptr[L(i)] = value
        return self

    def copy_from(self, other: LayoutTensor[Self.dtype, ...]):
        """Copies other's elements (same size), coordinate by coordinate."""
        comptime L = Self.layout
        comptime OL = other.layout
        comptime n = L.size()
        for i in range(n):
            self.ptr[L(i)] = rebind[Scalar[Self.dtype]](other.ptr[OL(i)])

    def size(self) -> Int:
        return Self.layout.size()

    def dim[i: Int](self) -> Int:
        return Self.layout.shape[i]

    @staticmethod
    def shape[i: Int]() -> Int:
        """Dimension i (static: `t.shape[0]()` works in a comptime
        expression of a run-time tensor t)."""
        return Self.layout.shape[i]

    @staticmethod
    def stride[i: Int]() -> Int:
        return Self.layout.stride[i]

    # --- views --------------------------------------------------------------

    comptime TileType[*tile_shape: Int] = LayoutTensor[
        Self.dtype,
        _tile_layout[*tile_shape](Self.layout),
        Self.origin,
        address_space = Self.address_space,
    ]

    @always_inline
    def tile[*tile_shape: Int](self, i: Int) -> Self.TileType[*tile_shape]:
        comptime assert len(tile_shape) == 1 and Self.rank == 1, (
            "one tile index for a rank-1 tensor"
        )
        comptime d0 = Self.layout.stride[0]
        return Self.TileType[*tile_shape](self.ptr + i * tile_shape[0] * d0)

    @always_inline
    def tile[
        *tile_shape: Int
    ](self, i: Int, j: Int) -> Self.TileType[*tile_shape]:
        comptime assert len(tile_shape) == 2 and Self.rank == 2, (
            "two tile indices for a rank-2 tensor"
        )
        comptime d0 = Self.layout.stride[0]
        comptime d1 = Self.layout.stride[1]
        return Self.TileType[*tile_shape](
            self.ptr + i * tile_shape[0] * d0 + j * tile_shape[1] * d1
        )

    def vectorize[
        *vector_shape: Int
    ](self) -> VectorizedLayoutTensor[
        Self.dtype,
        _vector_layout(Self.layout, vector_shape[0], vector_shape[1]),
        vector_shape[0],
        vector_shape[1],
        Self.layout.stride[0],
        Self.layout.stride[1],
        Self.address_space,
    ]:
        """A rank-2 view of blocks of vector_shape elements, each read and
        written as one SIMD vector (row-major within the block)."""
        comptime assert len(vector_shape) == 2 and Self.rank == 2, (
            "vectorize takes two block dimensions of a rank-2 tensor"
        )
        return {self.ptr}

    def write_repr_to(self, mut writer: Some[Writer]):
        """What repr() writes: the same as write_to."""
        self.write_to(writer)

    def write_to(self, mut writer: Some[Writer]):
        """A rank-2 tensor prints a row per line, each element followed by a
        space; other ranks print their elements in colexicographic order,
        separated by spaces."""
        comptime if Self.rank == 2:
            comptime rows = Self.layout.shape[0]
            comptime cols = Self.layout.shape[1]
            for m in range(rows):
                for n in range(cols):
                    writer.write(self[m, n], " ")
                if m < rows - 1:
                    writer.write("\n")
        else:
            comptime L = Self.layout
            comptime n = L.size()
            for i in range(n):
                writer.write(self.ptr[L(i)])
                if i != n - 1:
                    writer.write(" ")


def _block_thread_id() -> Int:
    return thread_idx.x + block_dim.x * (thread_idx.y + block_dim.y * thread_idx.z)


def copy_dram_to_sram[
    thread_layout: Layout,
    num_threads: Int = thread_layout.size(),
    block_dim_count: Int = 1,
](dst: LayoutTensor[mut=True, ...], src: LayoutTensor):
    """Copies src into dst (same size), the elements spread over the first
    num_threads threads of the block: thread t copies the coordinates t,
    t + num_threads, ... Each thread of the block must call it."""
    var t = _block_thread_id()
    if t >= num_threads:
        return
    comptime DL = dst.layout
    comptime SL = src.layout
    comptime n = DL.size()
    var i = t
    while i < n:
        dst.ptr[DL(i)] = rebind[Scalar[dst.dtype]](src.ptr[SL(i)])
        i += num_threads


def copy_dram_to_sram_async[
    thread_layout: Layout,
    swizzle: Bool = False,
    masked: Bool = False,
    num_threads: Int = thread_layout.size(),
    block_dim_count: Int = 1,
](dst: LayoutTensor[mut=True, ...], src: LayoutTensor):
    """copy_dram_to_sram, enqueued; async_copy_wait_all() waits for it (on
    every target Ignis has today the copy is done when this returns)."""
    copy_dram_to_sram[thread_layout, num_threads, block_dim_count](dst, src)


def copy_dram_to_sram[
    thread_layout: Layout,
    num_threads: Int = thread_layout.size(),
    block_dim_count: Int = 1,
](dst: VectorizedLayoutTensor, src: VectorizedLayoutTensor):
    """The same over vectorized views (`t.vectorize[1, 4]()`): thread t
    copies the vectors t, t + num_threads, ... in coordinate order."""
    var t = _block_thread_id()
    if t >= num_threads:
        return
    comptime VL = dst.layout
    comptime rows = VL.shape[0]
    comptime n = VL.size()
    var i = t
    while i < n:
        dst[i % rows, i // rows] = rebind[SIMD[dst.dtype, dst.width]](
            src[i % rows, i // rows]
        )
        i += num_threads


def copy_dram_to_sram_async[
    thread_layout: Layout,
    swizzle: Bool = False,
    masked: Bool = False,
    num_threads: Int = thread_layout.size(),
    block_dim_count: Int = 1,
](dst: VectorizedLayoutTensor, src: VectorizedLayoutTensor):
    """copy_dram_to_sram over vectorized views, enqueued (done when this
    returns on every target Ignis has today)."""
    copy_dram_to_sram[thread_layout, num_threads, block_dim_count](dst, src)


def copy_sram_to_local[
    src_warp_layout: Layout,
    axis: Optional[Int] = None,
](dst: LayoutTensor[mut=True, ...], src: LayoutTensor):
    """Copies thread_idx.x's share of src (shared memory) into dst (local):
    with the threads laid out over src as src_warp_layout (a rank-2 layout
    of thread ids), thread t holds the elements whose row and column are
    congruent to its own row and column in src_warp_layout, and dst (the
    size of that share) receives them in its coordinate order. `axis` is
    accepted for Mojo's signature; Ignis distributes over both axes."""
    comptime TL = src_warp_layout
    comptime SL = src.layout
    comptime DL = dst.layout
    comptime tm = TL[0].size()
    comptime tn = TL[1].size()
    comptime rows = SL[0].size() // tm
    comptime n = DL.size()
    var t = thread_idx.x
    var k = 0
    while k < TL.size() and TL(k) != t:
        k += 1
    if k == TL.size():
        return
    var ti = k % tm
    var tj = k // tm
    for j in range(n):
        var r = ti + tm * (j % rows)
        var c = tj + tn * (j // rows)
        var off = SL(r + SL[0].size() * c)
        dst.ptr[DL(j)] = rebind[Scalar[dst.dtype]](src.ptr[off])
