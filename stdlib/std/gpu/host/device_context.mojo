# DeviceContext, DeviceBuffer, HostBuffer: the host side of GPU programs,
# over the runtime's C interface (gpu/runtime/ignis_gpu_runtime.h). A
# context is a device (a CUDA or HIP GPU, or the cpu device that runs
# kernels with GPU semantics on the host); buffers are reference-counted
# device or page-locked host memory of `dtype` elements. Failures of the
# driver (or faults the cpu device detects in a kernel) are raised as
# Errors carrying the runtime's message.

from std.gpu.host.dim import Dim
from std.gpu.host.device_attribute import DeviceAttribute
from std.memory import UnsafePointer, Span
from std.time import perf_counter_ns

comptime _BytePtr = __builtin.pointer[__builtin.simd[DType.uint8, 1]]
comptime _Count = __builtin.pointer[__builtin.simd[DType.index, 1]]


def _c_string(p: _BytePtr) -> String:
    var s = String()
    if Int(raw=__builtin.ptr_to_int(p)) == 0:
        return s
    var n = Int(raw=__builtin.external_call["strlen", __builtin.simd[DType.index, 1]](p))
    s.write_bytes(p, n)
    return s


def _gpu_error() -> Error:
    return Error(_c_string(__builtin.external_call["ignis_gpu_last_error", _BytePtr]()))


def _check(status: __builtin.simd[DType.index, 1]) raises:
    if Int(raw=status) != 0:
        raise _gpu_error()


def _new_count() -> _Count:
    var c = __builtin.alloc[__builtin.simd[DType.index, 1]](Int(1)._value)
    __builtin.store(c, Int(1)._value)
    return c


def _retain(c: _Count):
    if Int(raw=__builtin.ptr_to_int(c)) != 0:
        __builtin.store(c, __builtin.add(__builtin.load(c), Int(1)._value))


def _release(c: _Count) -> Bool:
    """Drops one reference; True when it was the last."""
    if Int(raw=__builtin.ptr_to_int(c)) == 0:
        return False
    var n = __builtin.sub(__builtin.load(c), Int(1)._value)
    __builtin.store(c, n)
    if Int(raw=n) == 0:
        __builtin.free(c)
        return True
    return False


def _fill_bits[dtype: DType](value: Scalar[dtype]) -> __builtin.simd[DType.uint64, 1]:
    """The bit pattern of value, widened to 64 bits (for the runtime's memset)."""
    var slot = __builtin.stack_alloc[__builtin.simd[DType.uint64, 1], 1]()
    __builtin.store(slot, UInt64(0)._value)
    __builtin.store(__builtin.bitcast[Scalar[dtype]](slot), value)
    return __builtin.load(slot)


def _write_elements[dtype: DType](mut writer: Some[Writer], p: __builtin.pointer[Scalar[dtype]], n: Int):
    """`[a, b, c]`; long buffers show their first and last three elements."""
    writer.write_str("[")
    if n < 1000:
        for i in range(n):
            if i:
                writer.write_str(", ")
            __builtin.load(__builtin.offset(p, i._value)).write_to(writer)
    else:
        for i in range(3):
            __builtin.load(__builtin.offset(p, i._value)).write_to(writer)
            writer.write_str(", ")
        writer.write_str("...")
        for i in range(n - 3, n):
            writer.write_str(", ")
            __builtin.load(__builtin.offset(p, i._value)).write_to(writer)
    writer.write_str("]")


struct HostBuffer[dtype: DType](ImplicitlyCopyable, Sized, Writable):
    """Page-locked host memory of `dtype` elements that kernels and copies
    can use directly."""

    var _ptr: __builtin.pointer[Scalar[Self.dtype]]
    var _size: Int
    var _ctx: _BytePtr
    var _refs: _Count

    def __init__(out self, ctx: DeviceContext, size: Int) raises:
        var raw = __builtin.stack_alloc[_BytePtr, 1]()
        var bytes = size * Int(raw=__builtin.size_of[Scalar[Self.dtype]]())
        _check(__builtin.external_call["ignis_gpu_alloc_host", __builtin.simd[DType.index, 1]](
            ctx._handle, bytes._value, raw))
        self._ptr = __builtin.bitcast[Scalar[Self.dtype]](__builtin.load(raw))
        self._size = size
        self._ctx = ctx._handle
        self._refs = _new_count()

    def __init__(out self, *, copy: Self):
        self._ptr = copy._ptr
        self._size = copy._size
        self._ctx = copy._ctx
        self._refs = copy._refs
        _retain(self._refs)

    def __del__(deinit self):
        if _release(self._refs):
            _ = __builtin.external_call["ignis_gpu_free_host", __builtin.simd[DType.index, 1]](
                self._ctx, __builtin.bitcast[__builtin.simd[DType.uint8, 1]](self._ptr))

    def __len__(self) -> Int:
        return self._size

    def __getitem__(self, index: Int) -> ref [self] Scalar[Self.dtype]:
        return __builtin.deref(__builtin.offset(self._ptr, index._value))

    def __setitem__(self, index: Int, value: Scalar[Self.dtype]):
        __builtin.store(__builtin.offset(self._ptr, index._value), value)

    def unsafe_ptr(self) -> UnsafePointer[Scalar[Self.dtype]]:
        return UnsafePointer[Scalar[Self.dtype]](raw=self._ptr)

    def as_span(self) -> Span[Scalar[Self.dtype]]:
        return Span[Scalar[Self.dtype]](ptr=self.unsafe_ptr(), length=self._size)

    def _to_device_type(self) -> UnsafePointer[Scalar[Self.dtype]]:
        return self.unsafe_ptr()

    def context(self) -> DeviceContext:
        return DeviceContext(_handle=self._ctx)

    def enqueue_fill(self, value: Scalar[Self.dtype]) raises -> Self:
        """Sets every element to value."""
        _check(__builtin.external_call["ignis_gpu_memset", __builtin.simd[DType.index, 1]](
            self._ctx, __builtin.bitcast[__builtin.simd[DType.uint8, 1]](self._ptr),
            _fill_bits[Self.dtype](value),
            __builtin.size_of[Scalar[Self.dtype]](), self._size._value, Int(1)._value))
        return self

    def enqueue_copy_to(self, dst: DeviceBuffer[Self.dtype]) raises:
        self.context().enqueue_copy(dst_buf=dst, src_buf=self)

    def enqueue_copy_to(self, dst: HostBuffer[Self.dtype]) raises:
        self.context().enqueue_copy(dst_buf=dst, src_buf=self)

    def enqueue_copy_from(self, src: DeviceBuffer[Self.dtype]) raises:
        self.context().enqueue_copy(dst_buf=self, src_buf=src)

    def enqueue_copy_from(self, src: HostBuffer[Self.dtype]) raises:
        self.context().enqueue_copy(dst_buf=self, src_buf=src)

    def write_repr_to(self, mut writer: Some[Writer]):
        """What repr() writes: the same as write_to."""
        self.write_to(writer)

    def write_to(self, mut writer: Some[Writer]):
        """`HostBuffer([1.0, 2.0, 3.0])`."""
        writer.write_str("HostBuffer(")
        _write_elements[Self.dtype](writer, self._ptr, self._size)
        writer.write_str(")")


struct DeviceBuffer[dtype: DType](ImplicitlyCopyable, Sized, Writable):
    """Memory of `dtype` elements on a device. Passed to a kernel, it is the
    pointer to its first element."""

    var _ptr: __builtin.pointer[Scalar[Self.dtype]]
    var _size: Int
    var _ctx: _BytePtr
    var _refs: _Count

    def __init__(out self, ctx: DeviceContext, size: Int) raises:
        var raw = __builtin.stack_alloc[_BytePtr, 1]()
        var bytes = size * Int(raw=__builtin.size_of[Scalar[Self.dtype]]())
        _check(__builtin.external_call["ignis_gpu_alloc", __builtin.simd[DType.index, 1]](
            ctx._handle, bytes._value, raw))
        self._ptr = __builtin.bitcast[Scalar[Self.dtype]](__builtin.load(raw))
        self._size = size
        self._ctx = ctx._handle
        self._refs = _new_count()

    def __init__(
        out self,
        ctx: DeviceContext,
        ptr: UnsafePointer[Scalar[Self.dtype]],
        size: Int,
        *,
        owning: Bool,
    ):
        """A buffer over `size` elements of device memory at ptr; with
        owning=True it frees the memory when its last copy goes, otherwise
        the memory stays its owner's."""
        self._ptr = ptr._ptr
        self._size = size
        self._ctx = ctx._handle
        if owning:
            self._refs = _new_count()
        else:
            self._refs = UnsafePointer[__builtin.simd[DType.index, 1]](
                unsafe_from_address=0
            )._ptr

    def __init__(out self, *, copy: Self):
        self._ptr = copy._ptr
        self._size = copy._size
        self._ctx = copy._ctx
        self._refs = copy._refs
        _retain(self._refs)

    def __del__(deinit self):
        if _release(self._refs):
            _ = __builtin.external_call["ignis_gpu_free", __builtin.simd[DType.index, 1]](
                self._ctx, __builtin.bitcast[__builtin.simd[DType.uint8, 1]](self._ptr))

    def __len__(self) -> Int:
        return self._size

    def unsafe_ptr(self) -> UnsafePointer[Scalar[Self.dtype]]:
        return UnsafePointer[Scalar[Self.dtype]](raw=self._ptr)

    def _to_device_type(self) -> UnsafePointer[Scalar[Self.dtype]]:
        return self.unsafe_ptr()

    def context(self) -> DeviceContext:
        return DeviceContext(_handle=self._ctx)

    def enqueue_fill(self, value: Scalar[Self.dtype]) raises -> Self:
        """Sets every element to value (in the context's order)."""
        _check(__builtin.external_call["ignis_gpu_memset", __builtin.simd[DType.index, 1]](
            self._ctx, __builtin.bitcast[__builtin.simd[DType.uint8, 1]](self._ptr),
            _fill_bits[Self.dtype](value),
            __builtin.size_of[Scalar[Self.dtype]](), self._size._value, Int(0)._value))
        return self

    def enqueue_copy_to(self, dst: DeviceBuffer[Self.dtype]) raises:
        self.context().enqueue_copy(dst_buf=dst, src_buf=self)

    def enqueue_copy_to(self, dst: HostBuffer[Self.dtype]) raises:
        self.context().enqueue_copy(dst_buf=dst, src_buf=self)

    def enqueue_copy_from(self, src: DeviceBuffer[Self.dtype]) raises:
        self.context().enqueue_copy(dst_buf=self, src_buf=src)

    def enqueue_copy_from(self, src: HostBuffer[Self.dtype]) raises:
        self.context().enqueue_copy(dst_buf=self, src_buf=src)

    def map_to_host(self) raises -> _HostMapping[Self.dtype]:
        """A context manager: `with buf.map_to_host() as host:` gives a host
        copy of the buffer (after the work before it finished) and copies
        it back when the block ends."""
        return _HostMapping[Self.dtype](self)

    def write_repr_to(self, mut writer: Some[Writer]):
        """What repr() writes: the same as write_to."""
        self.write_to(writer)

    def write_to(self, mut writer: Some[Writer]):
        """`DeviceBuffer([1.0, 2.0, 3.0])` (copied to the host first)."""
        try:
            var host = HostBuffer[Self.dtype](self.context(), self._size)
            self.context().enqueue_copy(dst_buf=host, src_buf=self)
            self.context().synchronize()
            writer.write_str("DeviceBuffer(")
            _write_elements[Self.dtype](writer, host._ptr, self._size)
            writer.write_str(")")
        except e:
            writer.write_str("DeviceBuffer(<unreadable>)")


struct _HostMapping[dtype: DType]:
    var _device: DeviceBuffer[Self.dtype]
    var _host: HostBuffer[Self.dtype]

    def __init__(out self, device: DeviceBuffer[Self.dtype]) raises:
        self._device = device
        self._host = HostBuffer[Self.dtype](device.context(), len(device))

    def __enter__(self) raises -> HostBuffer[Self.dtype]:
        var ctx = self._device.context()
        ctx.enqueue_copy(dst_buf=self._host, src_buf=self._device)
        ctx.synchronize()
        return self._host

    def __exit__(self) raises:
        var ctx = self._device.context()
        ctx.enqueue_copy(dst_buf=self._device, src_buf=self._host)
        ctx.synchronize()


struct DeviceFunction[func: AnyType](ImplicitlyCopyable):
    """A kernel compiled for the context's device
    (`ctx.compile_function[kernel]()`); launch it with
    `ctx.enqueue_function(f, args..., grid_dim=, block_dim=)`."""

    def __init__(out self):
        pass


@register_passable("trivial")
struct DeviceContext(ImplicitlyCopyable):
    """A device and its stream of work. With no GPU (or IGNIS_DEVICE=cpu),
    the default context is the cpu device."""

    var _handle: _BytePtr

    def __init__(out self, device_id: Int = 0, *, api: String = "") raises:
        var name = api
        if name == "default":
            name = String()
        self._handle = __builtin.external_call["ignis_gpu_ctx_create", _BytePtr](
            name.unsafe_ptr(), len(name)._value, device_id._value)
        if Int(raw=__builtin.ptr_to_int(self._handle)) == 0:
            raise _gpu_error()

    def __init__(out self, *, _handle: _BytePtr):
        self._handle = _handle

    def __enter__(self) -> Self:
        return self

    def __exit__(self):
        pass

    @staticmethod
    def number_of_devices(*, api: String = "") -> Int:
        """The devices of api ("cuda", "hip", "cpu"; "" for GPUs of any kind)."""
        return Int(raw=__builtin.external_call["ignis_gpu_number_of_devices", __builtin.simd[DType.index, 1]](
            api.unsafe_ptr(), len(api)._value))

    def name(self) -> String:
        return _c_string(__builtin.external_call["ignis_gpu_ctx_name", _BytePtr](self._handle))

    def api(self) -> String:
        var a = Int(raw=__builtin.external_call["ignis_gpu_ctx_api", __builtin.simd[DType.index, 1]](self._handle))
        if a == 1:
            return "cuda"
        if a == 2:
            return "hip"
        return "cpu"

    def id(self) -> Int:
        return Int(raw=__builtin.external_call["ignis_gpu_ctx_id", __builtin.simd[DType.index, 1]](self._handle))

    def get_api_version(self) raises -> Int:
        """The driver's version number (0 for the cpu device)."""
        return 0

    def get_attribute(self, attr: DeviceAttribute) raises -> Int:
        var out = __builtin.stack_alloc[__builtin.simd[DType.index, 1], 1]()
        _check(__builtin.external_call["ignis_gpu_attribute", __builtin.simd[DType.index, 1]](
            self._handle, attr._value._value, out))
        return Int(raw=__builtin.load(out))

    def get_memory_info(self) raises -> (Int, Int):
        """(free, total) bytes of the device's memory (the host's for the
        cpu device)."""
        var out = __builtin.stack_alloc[__builtin.simd[DType.index, 1], 2]()
        _check(__builtin.external_call["ignis_gpu_memory_info", __builtin.simd[DType.index, 1]](
            self._handle, out, __builtin.offset(out, Int(1)._value)))
        return (Int(raw=__builtin.load(out)), Int(raw=__builtin.load(__builtin.offset(out, Int(1)._value))))

    def synchronize(self) raises:
        """Waits until all work enqueued on this context has finished."""
        _check(__builtin.external_call["ignis_gpu_synchronize", __builtin.simd[DType.index, 1]](self._handle))

    def enqueue_create_buffer[dtype: DType](self, size: Int) raises -> DeviceBuffer[dtype]:
        return DeviceBuffer[dtype](self, size)

    def create_buffer_sync[dtype: DType](self, size: Int) raises -> DeviceBuffer[dtype]:
        var b = DeviceBuffer[dtype](self, size)
        self.synchronize()
        return b

    def enqueue_create_host_buffer[dtype: DType](self, size: Int) raises -> HostBuffer[dtype]:
        return HostBuffer[dtype](self, size)

    def _copy(self, dst: _BytePtr, src: _BytePtr, bytes: Int, kind: Int) raises:
        _check(__builtin.external_call["ignis_gpu_memcpy", __builtin.simd[DType.index, 1]](
            self._handle, dst, src, bytes._value, kind._value))

    def enqueue_copy[dtype: DType](self, dst_buf: DeviceBuffer[dtype], src_buf: HostBuffer[dtype]) raises:
        self._copy(__builtin.bitcast[__builtin.simd[DType.uint8, 1]](dst_buf._ptr),
                   __builtin.bitcast[__builtin.simd[DType.uint8, 1]](src_buf._ptr),
                   min(len(dst_buf), len(src_buf)) * Int(raw=__builtin.size_of[Scalar[dtype]]()), 0)

    def enqueue_copy[dtype: DType](self, dst_buf: HostBuffer[dtype], src_buf: DeviceBuffer[dtype]) raises:
        self._copy(__builtin.bitcast[__builtin.simd[DType.uint8, 1]](dst_buf._ptr),
                   __builtin.bitcast[__builtin.simd[DType.uint8, 1]](src_buf._ptr),
                   min(len(dst_buf), len(src_buf)) * Int(raw=__builtin.size_of[Scalar[dtype]]()), 1)

    def enqueue_copy[dtype: DType](self, dst_buf: DeviceBuffer[dtype], src_buf: DeviceBuffer[dtype]) raises:
        self._copy(__builtin.bitcast[__builtin.simd[DType.uint8, 1]](dst_buf._ptr),
                   __builtin.bitcast[__builtin.simd[DType.uint8, 1]](src_buf._ptr),
                   min(len(dst_buf), len(src_buf)) * Int(raw=__builtin.size_of[Scalar[dtype]]()), 2)

    def enqueue_copy[dtype: DType](self, dst_buf: HostBuffer[dtype], src_buf: HostBuffer[dtype]) raises:
        self._copy(__builtin.bitcast[__builtin.simd[DType.uint8, 1]](dst_buf._ptr),
                   __builtin.bitcast[__builtin.simd[DType.uint8, 1]](src_buf._ptr),
                   min(len(dst_buf), len(src_buf)) * Int(raw=__builtin.size_of[Scalar[dtype]]()), 3)

    def enqueue_memset[dtype: DType](self, dst: DeviceBuffer[dtype], value: Scalar[dtype]) raises:
        _ = dst.enqueue_fill(value)

    def enqueue_memset[dtype: DType](self, dst: HostBuffer[dtype], value: Scalar[dtype]) raises:
        _ = dst.enqueue_fill(value)

    def _set_cluster(self, cluster_dim: Optional[Dim]):
        """Groups the next launch's blocks into clusters of cluster_dim
        (NVIDIA sm_90 thread block clusters; the cpu device runs a
        cluster's blocks at once)."""
        if cluster_dim:
            var c = cluster_dim.value()
            _ = __builtin.external_call["ignis_gpu_set_launch_cluster", __builtin.simd[DType.index, 1]](
                self._handle, c._x._value, c._y._value, c._z._value
            )

    def compile_function[func: AnyType](self) raises -> DeviceFunction[func]:
        """The kernel func compiled for this context's device (kernels are
        compiled with the program; this only names it)."""
        return DeviceFunction[func]()

    def enqueue_function[func: AnyType, *Ts: AnyType](
        self,
        *args: *Ts,
        grid_dim: Dim,
        block_dim: Dim,
        cluster_dim: Optional[Dim] = None,
        shared_mem_bytes: Int = 0,
    ) raises:
        """Runs func(args...) on every thread of a grid of grid_dim blocks of
        block_dim threads each. Device buffers are passed as pointers to
        their first element."""
        self._set_cluster(cluster_dim)
        _check(__builtin.gpu_launch[func](
            self._handle,
            grid_dim._x._value, grid_dim._y._value, grid_dim._z._value,
            block_dim._x._value, block_dim._y._value, block_dim._z._value,
            shared_mem_bytes._value,
            args,
        ))

    def enqueue_function[func: AnyType, *Ts: AnyType](
        self,
        f: DeviceFunction[func],
        *args: *Ts,
        grid_dim: Dim,
        block_dim: Dim,
        cluster_dim: Optional[Dim] = None,
        shared_mem_bytes: Int = 0,
    ) raises:
        """Launches a kernel compiled with compile_function."""
        self._set_cluster(cluster_dim)
        _check(__builtin.gpu_launch[func](
            self._handle,
            grid_dim._x._value, grid_dim._y._value, grid_dim._z._value,
            block_dim._x._value, block_dim._y._value, block_dim._z._value,
            shared_mem_bytes._value,
            args,
        ))

    def enqueue_function_checked[func: AnyType, signature: AnyType, *Ts: AnyType](
        self,
        *args: *Ts,
        grid_dim: Dim,
        block_dim: Dim,
        cluster_dim: Optional[Dim] = None,
        shared_mem_bytes: Int = 0,
    ) raises:
        """The older spelling of enqueue_function[func]."""
        self._set_cluster(cluster_dim)
        _check(__builtin.gpu_launch[func](
            self._handle,
            grid_dim._x._value, grid_dim._y._value, grid_dim._z._value,
            block_dim._x._value, block_dim._y._value, block_dim._z._value,
            shared_mem_bytes._value,
            args,
        ))

    def execution_time[FuncType: def(DeviceContext) raises -> None](self, ref func: FuncType, num_iters: Int) raises -> Int:
        """Nanoseconds that num_iters calls of the closure func(self) take,
        including the work they enqueue."""
        self.synchronize()
        var start = perf_counter_ns()
        for _ in range(num_iters):
            func(self)
        self.synchronize()
        return Int(perf_counter_ns() - start)

    def execution_time[func: def(DeviceContext) raises capturing -> None](self, num_iters: Int) raises -> Int:
        """Nanoseconds that num_iters calls of func(self) take, including
        the work they enqueue."""
        self.synchronize()
        var start = perf_counter_ns()
        for _ in range(num_iters):
            func(self)
        self.synchronize()
        return Int(perf_counter_ns() - start)
