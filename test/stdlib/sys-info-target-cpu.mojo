# --target-cpu names the CPU std.sys.info describes, not only the one codegen
# targets: simd_width_of and the CompilationTarget feature queries follow
# the named CPU's features (haswell: AVX2, 8 f32 lanes; skylake-avx512: 16;
# x86-64-v2: SSE, 4), so code shaped by simd_width_of matches the code
# generated. Only x86-64-v2 is run (every x86-64 host runs it); the others
# are checked in the IR.
# RUN: %ignis build -O0 --target-cpu=haswell --emit=llvm %s | FileCheck %s --check-prefix=HSW
# RUN: %ignis build -O0 --target-cpu=skylake-avx512 --emit=llvm %s | FileCheck %s --check-prefix=SKX
# RUN: %ignis run --target-cpu=x86-64-v2 %s | FileCheck %s --check-prefix=V2 --match-full-lines

from std.sys import simd_width_of
from std.sys.info import CompilationTarget


def main():
    print(simd_width_of[DType.float32](), CompilationTarget.has_avx2(), CompilationTarget.has_avx512f())

# HSW-LABEL: define {{.*}}@_ignis_simd_width_of_DType_float32
# HSW-NEXT: ret i64 8
# HSW-LABEL: define {{.*}}@_ignis_CompilationTarget_has_avx2
# HSW-NEXT: ret i1 true
# HSW-LABEL: define {{.*}}@_ignis_CompilationTarget_has_avx512f
# HSW-NEXT: ret i1 false
# SKX-LABEL: define {{.*}}@_ignis_simd_width_of_DType_float32
# SKX-NEXT: ret i64 16
# SKX-LABEL: define {{.*}}@_ignis_CompilationTarget_has_avx512f
# SKX-NEXT: ret i1 true
# V2: 4 False False
