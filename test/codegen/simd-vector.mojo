# SIMD code is vector code in LLVM IR: 8 x float32 arithmetic, fma, math
# (float32 exp as a polynomial on <8 x float> with no libm call; float64 exp
# as the llvm.exp vector intrinsic), reductions (llvm.vector.reduce.*),
# lane shuffles (shufflevector with the mask), masks (fcmp on vectors) and
# select.
# RUN: %ignis run %s | FileCheck %s --check-prefix=OUT --match-full-lines
# RUN: %ignis build --emit=llvm -O0 %s -o %t.ll
# RUN: FileCheck %s --input-file=%t.ll
# RUN: %ignis build --emit=mlir %s -o %t.mlir
# RUN: FileCheck %s --input-file=%t.mlir --check-prefix=MLIR

from std.math import exp, sqrt, fma

def vadd(a: SIMD[DType.float32, 8], b: SIMD[DType.float32, 8]) -> SIMD[DType.float32, 8]:
    return a + b

def vfma(a: SIMD[DType.float32, 8], b: SIMD[DType.float32, 8]) -> SIMD[DType.float32, 8]:
    return fma(a, b, a)

def vexp32(a: SIMD[DType.float32, 8]) -> SIMD[DType.float32, 8]:
    return exp(a)

def vexp64(a: SIMD[DType.float64, 4]) -> SIMD[DType.float64, 4]:
    return exp(a)

def vmax(a: SIMD[DType.int32, 8]) -> Int32:
    return a.reduce_max()

def vrev(a: SIMD[DType.int32, 8]) -> SIMD[DType.int32, 8]:
    return a.reversed()

def vinter(a: SIMD[DType.int32, 4], b: SIMD[DType.int32, 4]) -> SIMD[DType.int32, 8]:
    return a.interleave(b)

def vsel(a: SIMD[DType.float32, 8], b: SIMD[DType.float32, 8]) -> SIMD[DType.float32, 8]:
    return a.lt(b).select(a, b)

def main():
    var a = SIMD[DType.float32, 8](1.0)
    var i = SIMD[DType.int32, 8](1, 2, 3, 4, 5, 6, 7, 8)
    print(vadd(a, a), vfma(a, a), vexp32(a * 0), vexp64(SIMD[DType.float64, 4](0)))
    print(vmax(i), vrev(i), vinter(i.slice[4](), i.slice[4, offset=4]()), vsel(a, a * 2))

# OUT:      [2.0, 2.0, 2.0, 2.0, 2.0, 2.0, 2.0, 2.0] [2.0, 2.0, 2.0, 2.0, 2.0, 2.0, 2.0, 2.0] [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0] [1.0, 1.0, 1.0, 1.0]
# OUT-NEXT: 8 [8, 7, 6, 5, 4, 3, 2, 1] [1, 5, 2, 6, 3, 7, 4, 8] [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0]

# CHECK-LABEL: define internal <8 x float> @_ignis_SIMD_DType_float32__8____add__{{[_0-9]+}}(<8 x float> %0, <8 x float> %1)
# CHECK:         fadd <8 x float> %{{[0-9]+}}, %{{[0-9]+}}
# CHECK-LABEL: define internal <8 x float> @_ignis_fma_DType_float32__8__{{[_0-9]+}}(
# CHECK:         call <8 x float> @llvm.fma.v8f32(<8 x float> %{{[0-9]+}}, <8 x float> %{{[0-9]+}}, <8 x float> %{{[0-9]+}})
# CHECK-LABEL: define internal <8 x float> @_ignis_exp_DType_float32__8__{{[_0-9]+}}(
# CHECK-NOT:     call {{.*}}@expf
# CHECK-NOT:     llvm.exp
# CHECK:         call <8 x float> @llvm.fma.v8f32(
# CHECK-NOT:     call {{.*}}@expf
# CHECK-NOT:     llvm.exp
# CHECK:         ret <8 x float>
# CHECK-LABEL: define internal <4 x double> @_ignis_exp_DType_float64__4__{{[_0-9]+}}(
# CHECK:         call <4 x double> @llvm.exp.v4f64(<4 x double> %{{[0-9]+}})
# CHECK-LABEL: define internal i32 @_ignis_SIMD_DType_int32__8__reduce_max{{[_0-9]+}}(
# CHECK:         call i32 @llvm.vector.reduce.smax.v8i32(<8 x i32> %{{[0-9]+}})
# CHECK-LABEL: define internal <8 x i32> @_ignis_SIMD_DType_int32__8__reversed{{[_0-9]+}}(
# CHECK:         shufflevector <8 x i32> %{{[0-9]+}}, <8 x i32> %{{[0-9]+}}, <8 x i32> <i32 7, i32 6, i32 5, i32 4, i32 3, i32 2, i32 1, i32 0>
# CHECK-LABEL: define internal <8 x i32> @_ignis_SIMD_DType_int32__4__interleave{{[_0-9]+}}(
# CHECK:         shufflevector <4 x i32> %{{[0-9]+}}, <4 x i32> %{{[0-9]+}}, <8 x i32> <i32 0, i32 4, i32 1, i32 5, i32 2, i32 6, i32 3, i32 7>
# CHECK-LABEL: define internal <8 x i1> @_ignis_SIMD_DType_float32__8__lt{{[_0-9]+}}(
# CHECK:         fcmp olt <8 x float> %{{[0-9]+}}, %{{[0-9]+}}
# CHECK-LABEL: define internal <8 x float> @_ignis_SIMD_DType_bool__8__select_DType_float32_{{[_0-9]+}}(
# CHECK:         select <8 x i1> %{{[0-9]+}}, <8 x float> %{{[0-9]+}}, <8 x float> %{{[0-9]+}}
# CHECK-LABEL: define internal <4 x i32> @_ignis_SIMD_DType_int32__8__slice_4__4_{{[_0-9]+}}(
# CHECK:         shufflevector <8 x i32> %{{[0-9]+}}, <8 x i32> %{{[0-9]+}}, <4 x i32> <i32 4, i32 5, i32 6, i32 7>

# Before lowering, the math dialect op is on the whole vector.
# MLIR-LABEL: func.func private @_ignis_exp_DType_float32__8_{{[_0-9]*}}(%arg0: vector<8xf32>) -> vector<8xf32>
# MLIR-NOT:     func.func
# MLIR:         math.exp %{{[0-9]+}} : vector<8xf32>
# MLIR-LABEL: func.func private @_ignis_SIMD_DType_int32__8__reversed{{[_0-9]*}}(
# MLIR-NOT:     func.func
# MLIR:         vector.shuffle %{{[0-9]+}}, %{{[0-9]+}} [7, 6, 5, 4, 3, 2, 1, 0] : vector<8xi32>, vector<8xi32>
