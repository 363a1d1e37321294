# std.gpu.primitives.warp: exchanging values between the lanes of a warp.
#
# NVIDIA GPUs use shfl.sync / vote.sync on 32-bit halves, AMD GPUs
# ds_bpermute and ballot, and the cpu device the runtime's lane-synchronous
# exchange (gpu/runtime). Reductions are butterflies of shuffle_xor, so
# every lane gets the result; prefix sums are Kogge-Stone scans.

from std.sys import is_nvidia_gpu, is_amd_gpu
from std.gpu.globals import WARP_SIZE
from std.gpu.primitives.id import lane_id


def _log2(n: Int) -> Int:
    var r = 0
    while (1 << r) < n:
        r += 1
    return r


@always_inline
def _to_bits[dtype: DType](v: Scalar[dtype]) -> UInt64:
    var slot = __builtin.stack_alloc[__builtin.simd[DType.uint64, 1], 1]()
    __builtin.store(slot, UInt64(0)._value)
    __builtin.store(__builtin.bitcast[Scalar[dtype]](slot), v)
    return UInt64(raw=__builtin.load(slot))


@always_inline
def _from_bits[dtype: DType](b: UInt64) -> Scalar[dtype]:
    var slot = __builtin.stack_alloc[__builtin.simd[DType.uint64, 1], 1]()
    __builtin.store(slot, b._value)
    return __builtin.load(__builtin.bitcast[Scalar[dtype]](slot))


@always_inline
def _nv_shfl[mode: Int](v: Int32, arg: Int, width: Int) -> Int32:
    var seg = Int32((32 - width) * 256)
    var full = Int32(-1)._value
    comptime if mode == 0:
        return Int32(raw=__builtin.llvm_intrinsic["llvm.nvvm.shfl.sync.idx.i32", __builtin.simd[DType.int32, 1]](
            full, v._value, Int32(arg)._value, (seg | 31)._value))
    elif mode == 1:
        return Int32(raw=__builtin.llvm_intrinsic["llvm.nvvm.shfl.sync.up.i32", __builtin.simd[DType.int32, 1]](
            full, v._value, Int32(arg)._value, seg._value))
    elif mode == 2:
        return Int32(raw=__builtin.llvm_intrinsic["llvm.nvvm.shfl.sync.down.i32", __builtin.simd[DType.int32, 1]](
            full, v._value, Int32(arg)._value, (seg | 31)._value))
    else:
        return Int32(raw=__builtin.llvm_intrinsic["llvm.nvvm.shfl.sync.bfly.i32", __builtin.simd[DType.int32, 1]](
            full, v._value, Int32(arg)._value, (seg | 31)._value))


@always_inline
def _source_lane[mode: Int](arg: Int, width: Int) -> Int:
    """The lane a shuffle reads (its own lane when the source is outside the
    lane's segment of width lanes)."""
    var lane = lane_id()
    var start = lane - lane % width
    var src: Int
    comptime if mode == 0:
        src = start + arg % width
    elif mode == 1:
        src = lane - arg
    elif mode == 2:
        src = lane + arg
    else:
        src = lane ^ arg
    if src < start or src >= start + width:
        return lane
    return src


@always_inline
def _shuffle_scalar[mode: Int, dtype: DType](val: Scalar[dtype], arg: Int, width: Int) -> Scalar[dtype]:
    var bits = _to_bits[dtype](val)
    comptime if is_nvidia_gpu():
        var lo = _nv_shfl[mode](bits.cast[DType.int32](), arg, width)
        var r = lo.cast[DType.uint32]().cast[DType.uint64]()
        comptime if dtype.bit_width() > 32:
            var hi = _nv_shfl[mode]((bits >> 32).cast[DType.int32](), arg, width)
            r = r | (hi.cast[DType.uint32]().cast[DType.uint64]() << 32)
        return _from_bits[dtype](r)
    elif is_amd_gpu():
        var addr = Int32(_source_lane[mode](arg, width) * 4)._value
        var lo = Int32(raw=__builtin.llvm_intrinsic["llvm.amdgcn.ds.bpermute", __builtin.simd[DType.int32, 1]](
            addr, bits.cast[DType.int32]()._value))
        var r = lo.cast[DType.uint32]().cast[DType.uint64]()
        comptime if dtype.bit_width() > 32:
            var hi = Int32(raw=__builtin.llvm_intrinsic["llvm.amdgcn.ds.bpermute", __builtin.simd[DType.int32, 1]](
                addr, (bits >> 32).cast[DType.int32]()._value))
            r = r | (hi.cast[DType.uint32]().cast[DType.uint64]() << 32)
        return _from_bits[dtype](r)
    else:
        return _from_bits[dtype](UInt64(raw=__builtin.external_call[
            "ignis_gpu_cpu_shuffle", __builtin.simd[DType.uint64, 1]
        ](Int(mode)._value, bits._value, arg._value, width._value)))


@always_inline
def _shuffle[mode: Int, dtype: DType, simd_width: Int](
    val: SIMD[dtype, simd_width], arg: Int, width: Int = WARP_SIZE
) -> SIMD[dtype, simd_width]:
    var out = val
    comptime for i in range(simd_width):
        out[i] = _shuffle_scalar[mode, dtype](val[i], arg, width)
    return out


@always_inline
def shuffle_idx[dtype: DType, simd_width: Int, //](val: SIMD[dtype, simd_width], offset: UInt32) -> SIMD[dtype, simd_width]:
    """The value of lane `offset`."""
    return _shuffle[0](val, Int(offset))


@always_inline
def shuffle_up[dtype: DType, simd_width: Int, //](val: SIMD[dtype, simd_width], offset: UInt32) -> SIMD[dtype, simd_width]:
    """The value of lane `lane_id() - offset` (lanes below offset keep their own)."""
    return _shuffle[1](val, Int(offset))


@always_inline
def shuffle_down[dtype: DType, simd_width: Int, //](val: SIMD[dtype, simd_width], offset: UInt32) -> SIMD[dtype, simd_width]:
    """The value of lane `lane_id() + offset` (lanes past the end keep their own)."""
    return _shuffle[2](val, Int(offset))


@always_inline
def shuffle_xor[dtype: DType, simd_width: Int, //](val: SIMD[dtype, simd_width], offset: UInt32) -> SIMD[dtype, simd_width]:
    """The value of lane `lane_id() ^ offset` (a butterfly exchange)."""
    return _shuffle[3](val, Int(offset))


@always_inline
def broadcast[val_type: DType, simd_width: Int, //](val: SIMD[val_type, simd_width]) -> SIMD[val_type, simd_width]:
    """Lane 0's value, in every lane."""
    return _shuffle[0](val, 0)


@always_inline
def broadcast(val: Int) -> Int:
    """Lane 0's value, in every lane."""
    return Int(_shuffle[0](Int64(val), 0))


@always_inline
def lane_group_sum[val_type: DType, simd_width: Int, //, num_lanes: Int, stride: Int = 1](
    val: SIMD[val_type, simd_width]
) -> SIMD[val_type, simd_width]:
    """The sum over groups of num_lanes lanes (every lane gets its group's)."""
    var v = val
    comptime for i in range(_log2(num_lanes)):
        v = v + _shuffle[3](v, (num_lanes >> (i + 1)) * stride)
    return v


@always_inline
def lane_group_max[val_type: DType, simd_width: Int, //, num_lanes: Int, stride: Int = 1](
    val: SIMD[val_type, simd_width]
) -> SIMD[val_type, simd_width]:
    var v = val
    comptime for i in range(_log2(num_lanes)):
        v = SIMD[val_type, simd_width](raw=__builtin.max(v._value, _shuffle[3](v, (num_lanes >> (i + 1)) * stride)._value))
    return v


@always_inline
def lane_group_min[val_type: DType, simd_width: Int, //, num_lanes: Int, stride: Int = 1](
    val: SIMD[val_type, simd_width]
) -> SIMD[val_type, simd_width]:
    var v = val
    comptime for i in range(_log2(num_lanes)):
        v = SIMD[val_type, simd_width](raw=__builtin.min(v._value, _shuffle[3](v, (num_lanes >> (i + 1)) * stride)._value))
    return v


@always_inline
def sum[dtype: DType, simd_width: Int, //](val: SIMD[dtype, simd_width]) -> Scalar[dtype]:
    """The sum of val over the warp's lanes (and its SIMD lanes), in every lane."""
    return lane_group_sum[num_lanes=WARP_SIZE](val).reduce_add()


@always_inline
def max[dtype: DType, simd_width: Int, //](val: SIMD[dtype, simd_width]) -> Scalar[dtype]:
    """The largest val over the warp's lanes, in every lane."""
    return lane_group_max[num_lanes=WARP_SIZE](val).reduce_max()


@always_inline
def min[dtype: DType, simd_width: Int, //](val: SIMD[dtype, simd_width]) -> Scalar[dtype]:
    """The smallest val over the warp's lanes, in every lane."""
    return lane_group_min[num_lanes=WARP_SIZE](val).reduce_min()


@always_inline
def prefix_sum[dtype: DType, //, *, exclusive: Bool = False](val: SIMD[dtype, 1]) -> SIMD[dtype, 1]:
    """The sum of val over lanes 0..lane_id() (exclusive: 0..lane_id() - 1)."""
    var v = val
    var lane = lane_id()
    comptime for i in range(_log2(WARP_SIZE)):
        var n = _shuffle[1](v, 1 << i)
        if lane >= (1 << i):
            v = v + n
    comptime if exclusive:
        v = _shuffle[1](v, 1)
        if lane == 0:
            v = 0
    return v


@always_inline
def vote[ret_type: DType](val: Bool) -> Scalar[ret_type]:
    """The mask of the warp's lanes whose val is True (bit i = lane i)."""
    comptime if is_nvidia_gpu():
        return Int32(raw=__builtin.llvm_intrinsic["llvm.nvvm.vote.ballot.sync", __builtin.simd[DType.int32, 1]](
            Int32(-1)._value, val._value)).cast[ret_type]()
    elif is_amd_gpu():
        return Int64(raw=__builtin.llvm_intrinsic["llvm.amdgcn.ballot.i64", __builtin.simd[DType.int64, 1]](
            val._value)).cast[ret_type]()
    else:
        var mask = Int(raw=__builtin.external_call["ignis_gpu_cpu_vote", __builtin.simd[DType.index, 1]](
            Int(2)._value, Int(val)._value))
        return Scalar[ret_type](mask)


@always_inline
def all(val: Bool) -> Bool:
    """Whether val is True in every active lane of the warp."""
    comptime if is_nvidia_gpu():
        return Bool(raw=__builtin.llvm_intrinsic["llvm.nvvm.vote.all.sync", __builtin.simd[DType.bool, 1]](
            Int32(-1)._value, val._value))
    elif is_amd_gpu():
        return vote[DType.uint64](not val) == 0
    else:
        return Int(raw=__builtin.external_call["ignis_gpu_cpu_vote", __builtin.simd[DType.index, 1]](
            Int(0)._value, Int(val)._value)) != 0


@always_inline
def any(val: Bool) -> Bool:
    """Whether val is True in some active lane of the warp."""
    comptime if is_nvidia_gpu():
        return Bool(raw=__builtin.llvm_intrinsic["llvm.nvvm.vote.any.sync", __builtin.simd[DType.bool, 1]](
            Int32(-1)._value, val._value))
    elif is_amd_gpu():
        return vote[DType.uint64](val) != 0
    else:
        return Int(raw=__builtin.external_call["ignis_gpu_cpu_vote", __builtin.simd[DType.index, 1]](
            Int(1)._value, Int(val)._value)) != 0
