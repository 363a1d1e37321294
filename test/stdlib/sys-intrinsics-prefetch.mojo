# std.sys.intrinsics.prefetch: a hint that changes no value, with Mojo's
# PrefetchOptions builders; each option set becomes LLVM's llvm.prefetch with
# its immediates (rw, locality, cache), and x86's prefetch instructions.
# RUN: %ignis run %s | FileCheck %s --check-prefix=OUT --match-full-lines
# RUN: %ignis run -O2 %s | FileCheck %s --check-prefix=OUT --match-full-lines
# RUN: %ignis build -O0 --emit=llvm %s | FileCheck %s --check-prefix=IR
# RUN: %ignis build -O2 --target-cpu=x86-64-v3 --emit=asm %s | FileCheck %s --check-prefix=ASM

from std.sys.intrinsics import prefetch, PrefetchOptions
from std.memory import alloc


def main():
    var p = alloc[Float32](64)
    for i in range(64):
        p[i] = Float32(i)
    prefetch(p)
    prefetch[PrefetchOptions().for_write().low_locality()](p + 16)
    prefetch[PrefetchOptions().no_locality()](p + 32)
    prefetch[PrefetchOptions().medium_locality().to_data_cache()](p + 48)
    # OUT: 0.0 16.0 32.0 48.0
    print(p[0], p[16], p[32], p[48])
    p.free()

# IR: call void @llvm.prefetch.p0(ptr %{{[0-9]+}}, i32 0, i32 3, i32 1)
# IR: call void @llvm.prefetch.p0(ptr %{{[0-9]+}}, i32 1, i32 1, i32 1)
# IR: call void @llvm.prefetch.p0(ptr %{{[0-9]+}}, i32 0, i32 0, i32 1)
# IR: call void @llvm.prefetch.p0(ptr %{{[0-9]+}}, i32 0, i32 2, i32 1)
# x86-64-v3 has no prefetchw: a write hint with low locality is prefetcht2.
# ASM: prefetcht0
# ASM-NEXT: prefetcht2
# ASM-NEXT: prefetchnta
# ASM-NEXT: prefetcht1
