# std.gpu ids: where the running thread is in its block and grid.
#
# Every kernel instance is compiled for one target (sema/SemaGpu.cpp): on
# NVIDIA GPUs the ids are PTX special registers, on AMD GPUs amdgcn
# intrinsics, and on the cpu device (gpu/runtime) the runtime's record of
# the running thread. `thread_idx.x` calls `__getattr_param__["x"]`.

from std.sys import is_nvidia_gpu, is_amd_gpu
from std.gpu.globals import WARP_SIZE


@always_inline
def _cpu_index(which: Int) -> Int:
    return Int(
        raw=__builtin.external_call[
            "ignis_gpu_cpu_index", __builtin.simd[DType.index, 1]
        ](which._value)
    )


@always_inline
def _sreg[name: StringLiteral]() -> Int:
    return Int(
        raw=__builtin.cast[DType.index](
            __builtin.llvm_intrinsic[name, __builtin.simd[DType.int32, 1]]()
        )
    )


@always_inline
def _amd_dispatch[dt: DType, offset: Int]() -> Int:
    """A field of the AMD HSA kernel dispatch packet (workgroup_size_x is at
    byte 4 as a uint16, grid_size_x at byte 12 as a uint32)."""
    var p = __builtin.llvm_intrinsic[
        "llvm.amdgcn.dispatch.ptr", __builtin.pointer[__builtin.simd[DType.uint8, 1]]
    ]()
    var field = __builtin.bitcast[__builtin.simd[dt, 1]](__builtin.offset(p, Int(offset)._value))
    return Int(raw=__builtin.cast[DType.index](__builtin.load(field)))


@always_inline
def _dim_number[dim: StringLiteral]() -> Int:
    comptime if dim == "x":
        return 0
    elif dim == "y":
        return 1
    else:
        return 2


@always_inline
def _thread_idx[dim: StringLiteral]() -> Int:
    comptime if is_nvidia_gpu():
        comptime if dim == "x":
            return _sreg["llvm.nvvm.read.ptx.sreg.tid.x"]()
        elif dim == "y":
            return _sreg["llvm.nvvm.read.ptx.sreg.tid.y"]()
        else:
            return _sreg["llvm.nvvm.read.ptx.sreg.tid.z"]()
    elif is_amd_gpu():
        comptime if dim == "x":
            return _sreg["llvm.amdgcn.workitem.id.x"]()
        elif dim == "y":
            return _sreg["llvm.amdgcn.workitem.id.y"]()
        else:
            return _sreg["llvm.amdgcn.workitem.id.z"]()
    else:
        return _cpu_index(0 + _dim_number[dim]())


@register_passable("trivial")
struct _ThreadIdx(ImplicitlyCopyable):
    """`thread_idx.x`, `.y`, `.z` in a kernel."""

    def __init__(out self):
        pass

    @always_inline
    def __getattr_param__[dim: StringLiteral](self) -> Int:
        return _thread_idx[dim]()


comptime thread_idx = _ThreadIdx()

@always_inline
def _block_idx[dim: StringLiteral]() -> Int:
    comptime if is_nvidia_gpu():
        comptime if dim == "x":
            return _sreg["llvm.nvvm.read.ptx.sreg.ctaid.x"]()
        elif dim == "y":
            return _sreg["llvm.nvvm.read.ptx.sreg.ctaid.y"]()
        else:
            return _sreg["llvm.nvvm.read.ptx.sreg.ctaid.z"]()
    elif is_amd_gpu():
        comptime if dim == "x":
            return _sreg["llvm.amdgcn.workgroup.id.x"]()
        elif dim == "y":
            return _sreg["llvm.amdgcn.workgroup.id.y"]()
        else:
            return _sreg["llvm.amdgcn.workgroup.id.z"]()
    else:
        return _cpu_index(3 + _dim_number[dim]())


@register_passable("trivial")
struct _BlockIdx(ImplicitlyCopyable):
    """`block_idx.x`, `.y`, `.z` in a kernel."""

    def __init__(out self):
        pass

    @always_inline
    def __getattr_param__[dim: StringLiteral](self) -> Int:
        return _block_idx[dim]()


comptime block_idx = _BlockIdx()

@always_inline
def _block_dim[dim: StringLiteral]() -> Int:
    comptime if is_nvidia_gpu():
        comptime if dim == "x":
            return _sreg["llvm.nvvm.read.ptx.sreg.ntid.x"]()
        elif dim == "y":
            return _sreg["llvm.nvvm.read.ptx.sreg.ntid.y"]()
        else:
            return _sreg["llvm.nvvm.read.ptx.sreg.ntid.z"]()
    elif is_amd_gpu():
        return _amd_dispatch[DType.uint16, 4 + 2 * _dim_number[dim]()]()
    else:
        return _cpu_index(6 + _dim_number[dim]())


@register_passable("trivial")
struct _BlockDim(ImplicitlyCopyable):
    """`block_dim.x`, `.y`, `.z` in a kernel."""

    def __init__(out self):
        pass

    @always_inline
    def __getattr_param__[dim: StringLiteral](self) -> Int:
        return _block_dim[dim]()


comptime block_dim = _BlockDim()

@always_inline
def _grid_dim[dim: StringLiteral]() -> Int:
    comptime if is_nvidia_gpu():
        comptime if dim == "x":
            return _sreg["llvm.nvvm.read.ptx.sreg.nctaid.x"]()
        elif dim == "y":
            return _sreg["llvm.nvvm.read.ptx.sreg.nctaid.y"]()
        else:
            return _sreg["llvm.nvvm.read.ptx.sreg.nctaid.z"]()
    elif is_amd_gpu():
        var size = _amd_dispatch[DType.uint32, 12 + 4 * _dim_number[dim]()]()
        return size // _amd_dispatch[DType.uint16, 4 + 2 * _dim_number[dim]()]()
    else:
        return _cpu_index(9 + _dim_number[dim]())


@register_passable("trivial")
struct _GridDim(ImplicitlyCopyable):
    """`grid_dim.x`, `.y`, `.z` in a kernel."""

    def __init__(out self):
        pass

    @always_inline
    def __getattr_param__[dim: StringLiteral](self) -> Int:
        return _grid_dim[dim]()


comptime grid_dim = _GridDim()


@register_passable("trivial")
struct _GlobalIdx(ImplicitlyCopyable):
    """`global_idx.x`: block_dim.x * block_idx.x + thread_idx.x."""

    def __init__(out self):
        pass

    @always_inline
    def __getattr_param__[dim: StringLiteral](self) -> Int:
        return _block_dim[dim]() * _block_idx[dim]() + _thread_idx[dim]()


comptime global_idx = _GlobalIdx()


@always_inline
def lane_id() -> Int:
    """The thread's lane in its warp (0 to WARP_SIZE - 1)."""
    comptime if is_nvidia_gpu():
        return _sreg["llvm.nvvm.read.ptx.sreg.laneid"]()
    elif is_amd_gpu():
        var lo = __builtin.llvm_intrinsic["llvm.amdgcn.mbcnt.lo", __builtin.simd[DType.int32, 1]](
            Int32(-1)._value, Int32(0)._value
        )
        return Int(
            raw=__builtin.cast[DType.index](
                __builtin.llvm_intrinsic["llvm.amdgcn.mbcnt.hi", __builtin.simd[DType.int32, 1]](
                    Int32(-1)._value, lo
                )
            )
        )
    else:
        return _cpu_index(12)


@always_inline
def warp_id() -> Int:
    """The thread's warp in its block (linear thread index // WARP_SIZE)."""
    comptime if is_nvidia_gpu() or is_amd_gpu():
        var linear = thread_idx.x + block_dim.x * (
            thread_idx.y + block_dim.y * thread_idx.z
        )
        return linear // WARP_SIZE
    else:
        return _cpu_index(13)
