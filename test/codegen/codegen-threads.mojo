# Code generation on several threads gives the same program as on one.
# The GPU image is compiled on a second thread while the host module is
# built and optimised, then put in place of a placeholder: the optimised host
# IR (image bytes, descriptor sizes included) is the same byte for byte.
# RUN: %ignis build --emit=llvm --codegen-threads=1 %s -o %t.one.ll
# RUN: %ignis build --emit=llvm --codegen-threads=2 %s -o %t.two.ll
# RUN: cmp %t.one.ll %t.two.ll
# RUN: FileCheck %s --check-prefix=IR < %t.two.ll
# IR: @ignis_gpu_image = internal constant [[[N:[0-9]+]] x i8]
# IR: @"ignis_kernel_0$desc" = internal constant {{.*}} ptr @ignis_gpu_image, i64 [[N]],
# The placeholder does not survive.
# IR-NOT: the device image is being compiled
# The PTX is the same whichever way it is built.
# RUN: %ignis build --emit=ptx %s -o %t.ptx
# RUN: FileCheck %s --check-prefix=PTX < %t.ptx
# PTX: .visible .entry ignis_kernel_0(
#
# A module split into parts (a tiny part size forces it) is simplified
# whole, then each part is optimised and compiled on its own thread and the
# executable linked from the parts; the program prints the same.
# RUN: env IGNIS_TIME_PASSES=1 %ignis build --codegen-threads=2 --codegen-part-size=50 %s -o %t.parts 2>&1 | FileCheck %s --check-prefix=SPLIT
# SPLIT: ignis: LLVM -O pipeline (simplification):
# SPLIT: ignis: waiting for the device code:
# SPLIT: ignis: LLVM code generation (in parts):
# Other outputs are one module: --emit=obj runs the whole pipeline.
# RUN: env IGNIS_TIME_PASSES=1 %ignis build --emit=obj --codegen-threads=2 --codegen-part-size=50 %s -o %t.o 2>&1 | FileCheck %s --check-prefix=WHOLE
# WHOLE: ignis: LLVM -O pipeline:
# WHOLE-NOT: (in parts)
# RUN: %t.parts | FileCheck %s
# RUN: %ignis build --codegen-threads=1 %s -o %t.whole
# RUN: %t.whole | FileCheck %s
# CHECK: DeviceBuffer([0, 2, 4, 6, 8, 10, 12, 14])
# CHECK: sum 56
# CHECK: label kernel-7

from std.gpu import thread_idx
from std.gpu.host import DeviceContext


def double(out: UnsafePointer[Int64, MutAnyOrigin]):
    out[thread_idx.x] = Int64(thread_idx.x * 2)


def label(n: Int) -> String:
    return "kernel-" + String(n)


def main() raises:
    var ctx = DeviceContext()
    var b = ctx.enqueue_create_buffer[DType.int64](8).enqueue_fill(0)
    ctx.enqueue_function[double](b, grid_dim=1, block_dim=8)
    ctx.synchronize()
    print(b)
    var total = 0
    with b.map_to_host() as h:
        for i in range(8):
            total += Int(h[i])
    print("sum", total)
    print("label", label(7))
