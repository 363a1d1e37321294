# std.ffi.external_call calls a C function by name, forwarding any number of
# arguments of their own types; in a kernel it is a host-only call whose
# warning names the call chain, and the kernel still runs on the cpu device.
# RUN: %ignis run %s 2>/dev/null | FileCheck %s
# RUN: %ignis build --emit=ptx %s -o /dev/null 2>&1 | FileCheck %s --check-prefix=WARN

from std.ffi import external_call
from std.gpu import thread_idx
from std.gpu.host import DeviceContext


def pid() -> Int32:
    return external_call["getpid", Int32]()


def k(out: UnsafePointer[Int32, MutAnyOrigin]):
    out[thread_idx.x] = Int32(pid() > 0)


# WARN: ignis: warning: the kernels cannot be compiled for nvidia:sm_90: __init__.mojo:{{[0-9]+}}:{{[0-9]+}}: kernel 'k' calls 'getpid', which exists only on the host (k -> pid -> external_call["getpid", SIMD[DType.int32, 1]]); they run on the cpu device only
def main() raises:
    # CHECK: 7
    print(external_call["labs", Int](-7))
    # CHECK-NEXT: 5
    print(external_call["abs", Int32](Int32(-5)))
    # CHECK-NEXT: True
    print(pid() > 0)
    # CHECK-NEXT: 8.0
    print(external_call["pow", Float64](Float64(2), Float64(3)))
    with DeviceContext() as ctx:
        var buf = ctx.enqueue_create_buffer[DType.int32](4)
        ctx.enqueue_function[k, k](buf, grid_dim=1, block_dim=4)
        # CHECK-NEXT: DeviceBuffer([1, 1, 1, 1])
        print(buf)
