# The same kernel for AMD: an HSA kernel with s_barrier, ds_bpermute for
# shuffles and LDS for shared memory; allocas live in address space 5.
# RUN: %ignis build --emit=amdgcn --target-accelerator=amdgpu:gfx942 %s | FileCheck %s
# RUN: %ignis build --emit=amdgcn --target-accelerator=amdgpu:gfx90a %s | FileCheck %s --check-prefix=GFX90A

from std.gpu import thread_idx, block_idx, block_dim, barrier
from std.gpu.host import DeviceContext
from std.gpu.primitives import warp
from std.memory import stack_allocation, AddressSpace

# CHECK: .amdgcn_target "amdgcn-amd-amdhsa--gfx942"
# GFX90A: .amdgcn_target "amdgcn-amd-amdhsa--gfx90a
# CHECK-LABEL: ignis_kernel_0:
# CHECK: s_barrier
# CHECK: ds_bpermute_b32
# CHECK: .amdhsa_kernel ignis_kernel_0
# CHECK: .amdhsa_group_segment_fixed_size {{[1-9]}}
def kernel(out: UnsafePointer[Float32, MutAnyOrigin]):
    var shared = stack_allocation[64, Float32, address_space=AddressSpace.SHARED]()
    var t = thread_idx.x
    shared[t] = Float32(t)
    barrier()
    out[block_idx.x * block_dim.x + t] = warp.sum(shared[63 - t])


def main() raises:
    var ctx = DeviceContext()
    var out = ctx.enqueue_create_buffer[DType.float32](64)
    ctx.enqueue_function[kernel](out, grid_dim=1, block_dim=64)
    print(out)
