# Lowering of SIMD vectors and std.math: SIMD[DType.float32, 4] is
# `vector<4xf32>`; arithmetic is arith on the vector,
# splat construction is vector.broadcast, reduce_add is vector.reduction,
# indexing is llvm.extractelement, and sqrt is math.sqrt on the scalar or
# the vector; in LLVM IR they become <4 x float> ops and the
# llvm.sqrt / llvm.vector.reduce intrinsics.
# RUN: %ignis run %s | FileCheck %s --check-prefix=OUT --match-full-lines
# RUN: %ignis build --emit=mlir %s -o %t.mlir
# RUN: FileCheck %s --input-file=%t.mlir --check-prefix=USER
# RUN: FileCheck %s --input-file=%t.mlir --check-prefix=SPLAT
# RUN: FileCheck %s --input-file=%t.mlir --check-prefix=VMUL
# RUN: FileCheck %s --input-file=%t.mlir --check-prefix=VADD
# RUN: FileCheck %s --input-file=%t.mlir --check-prefix=REDUCE
# RUN: FileCheck %s --input-file=%t.mlir --check-prefix=SQRT64
# RUN: FileCheck %s --input-file=%t.mlir --check-prefix=SQRTV
# RUN: FileCheck %s --input-file=%t.mlir --check-prefix=GETITEM
# RUN: %ignis build --emit=llvm -O0 %s | FileCheck %s --check-prefix=LLVM

from std.math import sqrt

def vfma(a: SIMD[DType.float32, 4], b: SIMD[DType.float32, 4]) -> SIMD[DType.float32, 4]:
    return a * b + a

def vsum(a: SIMD[DType.float32, 4]) -> Float32:
    return a.reduce_add()

def root(x: Float64) -> Float64:
    return sqrt(x)

def vroot(x: SIMD[DType.float32, 4]) -> SIMD[DType.float32, 4]:
    return sqrt(x)

def elem(a: SIMD[DType.float32, 4]) -> Float32:
    return a[2]

def main():
    var a = SIMD[DType.float32, 4](1.5)
    var b = SIMD[DType.float32, 4](2.0)
    print(vfma(a, b), vsum(b), root(2.0))
    print(vroot(SIMD[DType.float32, 4](16.0)), elem(a))

# OUT:      [4.5, 4.5, 4.5, 4.5] 8.0 1.4142135623730951
# OUT-NEXT: [4.0, 4.0, 4.0, 4.0] 1.5

# USER-LABEL: func.func private @_ignis_vfma{{[_0-9]*}}(%arg0: vector<4xf32>, %arg1: vector<4xf32>) -> vector<4xf32>
# USER:         [[M:%[0-9]+]] = call @_ignis_SIMD_DType_float32__4____mul__{{[_0-9]*}}(
# USER:         call @_ignis_SIMD_DType_float32__4____add__{{[_0-9]*}}([[M]], %{{[0-9]+}})
# USER-LABEL: func.func private @_ignis_vsum{{[_0-9]*}}(%arg0: vector<4xf32>) -> f32
# USER:         call @_ignis_SIMD_DType_float32__4__reduce_add{{[_0-9]*}}(
# USER-LABEL: func.func private @_ignis_root{{[_0-9]*}}(%arg0: f64) -> f64
# USER:         call @_ignis_sqrt_DType_float64__1_{{[_0-9]*}}(
# USER-LABEL: func.func private @_ignis_vroot{{[_0-9]*}}(
# USER:         call @_ignis_sqrt_DType_float32__4_{{[_0-9]*}}(
# USER-LABEL: func.func private @_ignis_elem{{[_0-9]*}}(
# USER:         call @_ignis_SIMD_DType_float32__4____getitem__{{[_0-9]*}}(

# SIMD[DType.float32, 4](1.5): the literal becomes a Float32, which the
# implicit scalar constructor splats.
# SPLAT-LABEL: func.func private @_ignis_SIMD_DType_float32__4____init__{{[_0-9]*}}(%arg0: f32) -> vector<4xf32>
# SPLAT-NOT:     func.func
# SPLAT:         [[S:%[0-9]+]] = llvm.load %{{[0-9]+}} : !llvm.ptr -> f32
# SPLAT-NEXT:    vector.broadcast [[S]] : f32 to vector<4xf32>

# VMUL-LABEL: func.func private @_ignis_SIMD_DType_float32__4____mul__{{[_0-9]*}}(
# VMUL-NOT:     func.func
# VMUL:         llvm.load %{{[0-9]+}} : !llvm.ptr -> vector<4xf32>
# VMUL-NOT:     func.func
# VMUL:         arith.mulf %{{[0-9]+}}, %{{[0-9]+}} : vector<4xf32>

# VADD-LABEL: func.func private @_ignis_SIMD_DType_float32__4____add__{{[_0-9]*}}(
# VADD-NOT:     func.func
# VADD:         arith.addf %{{[0-9]+}}, %{{[0-9]+}} : vector<4xf32>

# REDUCE-LABEL: func.func private @_ignis_SIMD_DType_float32__4__reduce_add{{[_0-9]*}}(
# REDUCE-NOT:     func.func
# REDUCE:         %[[NEGZERO:.*]] = arith.constant -0.000000e+00 : f32
# REDUCE:         vector.reduction <add>, %{{[0-9]+}}, %[[NEGZERO]] : vector<4xf32> into f32

# SQRT64-LABEL: func.func private @_ignis_sqrt_DType_float64__1_{{[_0-9]*}}(%arg0: f64) -> f64
# SQRT64-NOT:     func.func
# SQRT64:         math.sqrt %{{[0-9]+}} : f64

# SQRTV-LABEL: func.func private @_ignis_sqrt_DType_float32__4_{{[_0-9]*}}(%arg0: vector<4xf32>) -> vector<4xf32>
# SQRTV-NOT:     func.func
# SQRTV:         math.sqrt %{{[0-9]+}} : vector<4xf32>

# GETITEM-LABEL: func.func private @_ignis_SIMD_DType_float32__4____getitem__{{[_0-9]*}}(
# GETITEM-NOT:     func.func
# GETITEM:         [[V:%[0-9]+]] = llvm.load %{{[0-9]+}} : !llvm.ptr -> vector<4xf32>
# GETITEM-NOT:     func.func
# GETITEM:         [[I:%[0-9]+]] = llvm.load %{{[0-9]+}} : !llvm.ptr -> i64
# GETITEM-NEXT:    llvm.extractelement [[V]][[[I]] : i64] : vector<4xf32>

# LLVM-DAG: define internal <4 x float> @_ignis_vfma{{[_0-9]*}}(<4 x float> %0, <4 x float> %1)
# LLVM-DAG: fmul <4 x float> %{{[0-9]+}}, %{{[0-9]+}}
# LLVM-DAG: fadd <4 x float> %{{[0-9]+}}, %{{[0-9]+}}
# LLVM-DAG: shufflevector <4 x float> %{{[0-9]+}}, <4 x float> poison, <4 x i32> zeroinitializer
# LLVM-DAG: call float @llvm.vector.reduce.fadd.v4f32(float {{.*}}, <4 x float> %{{[0-9]+}})
# LLVM-DAG: call double @llvm.sqrt.f64(double %{{[0-9]+}})
# LLVM-DAG: call <4 x float> @llvm.sqrt.v4f32(<4 x float> %{{[0-9]+}})
# LLVM-DAG: extractelement <4 x float> %{{[0-9]+}}, i64 %{{[0-9]+}}
