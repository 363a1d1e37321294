# Kernels become PTX entries: ids are special registers, barriers bar.sync,
# warp reductions shfl.sync, shared memory a .shared array, atomics atom.
# RUN: %ignis build --emit=ptx %s | FileCheck %s
# RUN: %ignis build --emit=ptx -O0 %s | FileCheck %s --check-prefix=O0
# RUN: %ignis build --emit=ptx --target-accelerator=nvidia:sm_80 %s | FileCheck %s --check-prefix=SM80
# RUN: %ignis build --emit=mlir %s | FileCheck %s --check-prefix=MLIR

from std.gpu import thread_idx, block_idx, block_dim, barrier
from std.gpu.host import DeviceContext
from std.gpu.primitives import warp
from std.memory import stack_allocation, AddressSpace
from std.atomic import Atomic

# Shared memory keeps its address space in the device module's types: the
# allocation is an address-space-3 global and UnsafePointer holds a ptr<3>.
# MLIR: // device module: nvidia:sm_90
# MLIR: llvm.mlir.global internal @ignis_shared_{{[0-9]+}}() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<32 x i32>
# MLIR: llvm.mlir.addressof @ignis_shared_{{[0-9]+}} : !llvm.ptr<3>
# MLIR: -> !llvm.struct<(ptr<3>)>
# MLIR: llvm.func @ignis_kernel_0(

# CHECK: .target sm_90
# CHECK: .address_size 64
# SM80: .target sm_80
# O0: .entry ignis_kernel_0

# CHECK-LABEL: .entry ignis_kernel_0(
# CHECK-NEXT: .param .u64 .ptr .align 1 ignis_kernel_0_param_0,
# CHECK-DAG: .shared .align 16 .b8 ignis_shared_{{[0-9]+}}[128];
# CHECK-DAG: %tid.x
# CHECK-DAG: %ctaid.x
# CHECK-DAG: %ntid.x
# CHECK: ld.global.b32
# CHECK: st.shared.b32
# CHECK: bar.sync 0;
# CHECK: shfl.sync.bfly.b32
# CHECK: atom.global.add.u64
# CHECK-NOT: call.uni
# CHECK: ret;
def kernel(total: UnsafePointer[Int64, MutAnyOrigin], data: UnsafePointer[Int32, MutAnyOrigin]):
    var shared = stack_allocation[32, Int32, address_space=AddressSpace.SHARED]()
    var t = thread_idx.x
    shared[t] = data[block_idx.x * block_dim.x + t]
    barrier()
    var s = warp.sum(shared[31 - t])
    if t == 0:
        _ = Atomic[DType.int64].fetch_add(total, Int64(s))


def main() raises:
    var ctx = DeviceContext()
    var total = ctx.enqueue_create_buffer[DType.int64](1).enqueue_fill(0)
    var data = ctx.enqueue_create_buffer[DType.int32](64).enqueue_fill(1)
    ctx.enqueue_function[kernel](total, data, grid_dim=2, block_dim=32)
    print(total)
