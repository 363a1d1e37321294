# Device code that needs the host (heap memory here) cannot be compiled for
# the GPU: a warning names the place, the host function and the call chain,
# and the kernel still runs on the cpu device.
# RUN: %ignis build --emit=ptx %s -o /dev/null 2>&1 | FileCheck %s --check-prefix=WARN
# RUN: %ignis run %s 2>/dev/null | FileCheck %s --check-prefix=OUT
# OUT: DeviceBuffer([0, 1, 2, 3])
# RUN: %ignis build --emit=ptx --target-accelerator=amdgpu:gfx942 %S/device-print.mojo -o /dev/null 2>&1 | FileCheck %s --check-prefix=AMD

from std.gpu import thread_idx
from std.gpu.host import DeviceContext

# WARN: ignis: warning: the kernels cannot be compiled for nvidia:sm_90: unsafe_pointer.mojo:{{[0-9]+}}:{{[0-9]+}}: kernel 'k' calls 'ignis_rt_alloc', which exists only on the host (k -> helper -> List[Int].__init__ -> alloc[Int]); they run on the cpu device only
# AMD: ignis: warning: the kernels cannot be compiled for amdgpu:gfx942: io.mojo:{{[0-9]+}}:{{[0-9]+}}: kernel 'hello' calls 'vprintf', which exists only on the host (hello -> _GpuPrintWriter.flush); they run on the cpu device only
def helper(n: Int) -> Int:
    var l = List[Int](capacity=4)
    return n + len(l)


def k(out: UnsafePointer[Int64, MutAnyOrigin]):
    out[thread_idx.x] = Int64(helper(thread_idx.x))


def main() raises:
    var ctx = DeviceContext()
    var b = ctx.enqueue_create_buffer[DType.int64](4).enqueue_fill(0)
    ctx.enqueue_function[k](b, grid_dim=1, block_dim=4)
    print(b)
