# print in a kernel: on the cpu device it is the host's print; in PTX each
# line is built in a buffer and written by one vprintf; numbers are
# formatted on the device (checked here on the host, where the same code runs).
# RUN: %ignis run %s | FileCheck %s --check-prefix=OUT
# RUN: %ignis build --emit=ptx %s | FileCheck %s --check-prefix=PTX

from std.gpu import thread_idx, block_idx
from std.gpu.host import DeviceContext
from std.builtin.simd import _format_float_gpu, _format_int_gpu

# PTX: .extern .func (.param .b32 func_retval0) vprintf
# PTX-LABEL: .entry ignis_kernel_0(
# PTX: call.uni (retval0), vprintf,
def hello(scale: Float32):
    print("block", block_idx.x, "thread", thread_idx.x, "value", Float32(thread_idx.x) * scale)


def device_text(x: Float64, is64: Bool) -> String:
    var buf = __builtin.stack_alloc[__builtin.simd[DType.uint8, 1], 64]()
    var n = _format_float_gpu(x._value, is64, buf)
    var s = String()
    s.write_bytes(buf, n)
    return s


def main() raises:
    var ctx = DeviceContext()
    ctx.enqueue_function[hello](Float32(0.5), grid_dim=1, block_dim=3)
    ctx.synchronize()
    # OUT: block 0 thread 0 value 0.0
    # OUT-NEXT: block 0 thread 1 value 0.5
    # OUT-NEXT: block 0 thread 2 value 1.0
    var vals: List[Float64] = [0.0, -2.75, 0.1, 3.14159, 2.5e-7, 1e20, 123456.789, 0.0001, 1e-5, 100.0, 1.0 / 3.0]
    for v in vals:
        print(device_text(v, True), device_text(v, False))
    # OUT-NEXT: 0.0 0.0
    # OUT-NEXT: -2.75 -2.75
    # OUT-NEXT: 0.1 0.1
    # OUT-NEXT: 3.14159 3.14159
    # OUT-NEXT: 2.5e-07 2.5e-07
    # OUT-NEXT: 1e+20 1e+20
    # OUT-NEXT: 123456.789 123456.79
    # OUT-NEXT: 0.0001 0.0001
    # OUT-NEXT: 1e-05 1e-05
    # OUT-NEXT: 100.0 100.0
    # OUT-NEXT: 0.3333333333333333 0.33333333
    var buf = __builtin.stack_alloc[__builtin.simd[DType.uint8, 1], 32]()
    var s = String()
    s.write_bytes(buf, _format_int_gpu(UInt64(9876543210)._value, True, buf))
    print(s)
    # OUT-NEXT: -9876543210
