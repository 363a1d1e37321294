# Lowering of arithmetic and comparisons: Int is a struct around an i64
# (`i64`), the scalars are structs around i8/i32/f64; the
# operators are stdlib dunder methods whose bodies are arith ops on the
# primitive (the signedness picks divsi/divui, slt/uge; floats use
# ordered predicates except `une` for !=). Each FileCheck run below looks
# at one function, so the order the functions are emitted in does not matter.
# RUN: %ignis run %s | FileCheck %s --check-prefix=OUT --match-full-lines
# RUN: %ignis build --emit=mlir %s -o %t.mlir
# RUN: FileCheck %s --input-file=%t.mlir --check-prefix=USER
# RUN: FileCheck %s --input-file=%t.mlir --check-prefix=IADD
# RUN: FileCheck %s --input-file=%t.mlir --check-prefix=ISUB
# RUN: FileCheck %s --input-file=%t.mlir --check-prefix=IMUL
# RUN: FileCheck %s --input-file=%t.mlir --check-prefix=IFLOORDIV
# RUN: FileCheck %s --input-file=%t.mlir --check-prefix=IMOD
# RUN: FileCheck %s --input-file=%t.mlir --check-prefix=FADD
# RUN: FileCheck %s --input-file=%t.mlir --check-prefix=FDIV
# RUN: FileCheck %s --input-file=%t.mlir --check-prefix=I8ADD
# RUN: FileCheck %s --input-file=%t.mlir --check-prefix=U32DIV
# RUN: FileCheck %s --input-file=%t.mlir --check-prefix=ILT
# RUN: FileCheck %s --input-file=%t.mlir --check-prefix=FNE
# RUN: FileCheck %s --input-file=%t.mlir --check-prefix=U8GE
# RUN: FileCheck %s --input-file=%t.mlir --check-prefix=TRUNC
# RUN: %ignis build --emit=llvm -O0 %s -o %t.ll
# RUN: FileCheck %s --input-file=%t.ll --check-prefix=LLVM-IADD
# RUN: FileCheck %s --input-file=%t.ll --check-prefix=LLVM-FADD
# RUN: FileCheck %s --input-file=%t.ll --check-prefix=LLVM-U32DIV
# RUN: FileCheck %s --input-file=%t.ll --check-prefix=LLVM-CMP
# At -O2 the dunder calls are inlined and the constant arguments fold.
# RUN: %ignis build --emit=llvm -O2 %s | FileCheck %s --check-prefix=LLVM-O2

def int_ops(a: Int, b: Int) -> Int:
    return (a + b) * (a - b) // b % a

def float_ops(x: Float64, y: Float64) -> Float64:
    return (x + y) * (x - y) / y

def narrow(a: Int8, b: UInt32) -> Int8:
    return a + a + Int8(b // UInt32(3))

def int_less(a: Int, b: Int) -> Bool:
    return a < b

def float_ne(x: Float64, y: Float64) -> Bool:
    return x != y

def unsigned_ge(a: UInt8, b: UInt8) -> Bool:
    return a >= b

def main():
    print(int_ops(7, 3), float_ops(3.0, 1.0), narrow(Int8(3), UInt32(9)))
    print(int_less(1, 2), float_ne(1.0, 2.0), unsigned_ge(UInt8(200), UInt8(3)))

# OUT:      6 8.0 9
# OUT-NEXT: True True True

# The user's functions take and return the wrapper structs by value and
# call the dunder methods in evaluation order.
# USER-LABEL: func.func private @_ignis_int_ops{{[_0-9]*}}(%arg0: i64, %arg1: i64) -> i64
# USER:         call @_ignis_Int___add__{{[_0-9]*}}({{.*}}) : (i64, i64) -> i64
# USER:         call @_ignis_Int___sub__{{[_0-9]*}}(
# USER:         call @_ignis_Int___mul__{{[_0-9]*}}(
# USER:         call @_ignis_Int___floordiv__{{[_0-9]*}}(
# USER:         call @_ignis_Int___mod__{{[_0-9]*}}(
# USER:         return %{{.*}} : i64
# USER-LABEL: func.func private @_ignis_float_ops{{[_0-9]*}}(%arg0: f64, %arg1: f64) -> f64
# USER:         call @_ignis_SIMD_DType_float64__1____add__{{[_0-9]*}}(
# USER:         call @_ignis_SIMD_DType_float64__1____sub__{{[_0-9]*}}(
# USER:         call @_ignis_SIMD_DType_float64__1____mul__{{[_0-9]*}}(
# USER:         call @_ignis_SIMD_DType_float64__1____truediv__{{[_0-9]*}}(
# USER-LABEL: func.func private @_ignis_narrow{{[_0-9]*}}(%arg0: i8, %arg1: i32) -> i8
# USER:         call @_ignis_SIMD_DType_int8__1____add__{{[_0-9]*}}(
# USER:         call @_ignis_SIMD_DType_uint32__1____floordiv__{{[_0-9]*}}(
# USER-LABEL: func.func private @_ignis_int_less{{[_0-9]*}}(%arg0: i64, %arg1: i64) -> i1
# USER:         call @_ignis_Int___lt__{{[_0-9]*}}(
# USER-LABEL: func.func private @_ignis_float_ne{{[_0-9]*}}(
# USER:         call @_ignis_SIMD_DType_float64__1____ne__{{[_0-9]*}}(
# USER-LABEL: func.func private @_ignis_unsigned_ge{{[_0-9]*}}(%arg0: i8, %arg1: i8) -> i1
# USER:         call @_ignis_SIMD_DType_uint8__1____ge__{{[_0-9]*}}(

# IADD-LABEL: func.func private @_ignis_Int___add__{{[_0-9]*}}(
# IADD-NOT:     func.func
# IADD:         [[A:%[0-9]+]] = llvm.load %{{[0-9]+}} : !llvm.ptr -> i64
# IADD-NOT:     func.func
# IADD:         [[B:%[0-9]+]] = llvm.load %{{[0-9]+}} : !llvm.ptr -> i64
# IADD-NEXT:    %{{[0-9]+}} = arith.addi [[A]], [[B]] : i64

# ISUB-LABEL: func.func private @_ignis_Int___sub__{{[_0-9]*}}(
# ISUB-NOT:     func.func
# ISUB:         arith.subi %{{.*}}, %{{.*}} : i64

# IMUL-LABEL: func.func private @_ignis_Int___mul__{{[_0-9]*}}(
# IMUL-NOT:     func.func
# IMUL:         arith.muli %{{.*}}, %{{.*}} : i64

# Floor division: truncating divsi/remsi, then q - 1 when the remainder is
# non-zero and its sign differs from the divisor's.
# IFLOORDIV-LABEL: func.func private @_ignis_Int___floordiv__{{[_0-9]*}}(
# IFLOORDIV-NOT:     func.func
# IFLOORDIV:         [[Q:%[0-9]+]] = arith.divsi [[X:%[0-9]+]], [[Y:%[0-9]+]] : i64
# IFLOORDIV-NEXT:    [[R:%[0-9]+]] = arith.remsi [[X]], [[Y]] : i64
# IFLOORDIV-NOT:     func.func
# IFLOORDIV:         [[QM1:%[0-9]+]] = arith.subi [[Q]], %{{.*}} : i64
# IFLOORDIV-NOT:     func.func
# IFLOORDIV:         arith.cmpi ne, [[R]], %{{.*}} : i64
# IFLOORDIV-NEXT:    [[XOR:%[0-9]+]] = arith.xori [[R]], [[Y]] : i64
# IFLOORDIV-NEXT:    arith.cmpi slt, [[XOR]], %{{.*}} : i64
# IFLOORDIV-NEXT:    [[FIX:%[0-9]+]] = arith.andi %{{.*}}, %{{.*}} : i1
# IFLOORDIV-NEXT:    arith.select [[FIX]], [[QM1]], [[Q]] : i64

# IMOD-LABEL: func.func private @_ignis_Int___mod__{{[_0-9]*}}(
# IMOD-NOT:     func.func
# IMOD:         [[R:%[0-9]+]] = arith.remsi %{{.*}}, [[Y:%[0-9]+]] : i64
# IMOD-NEXT:    [[RY:%[0-9]+]] = arith.addi [[R]], [[Y]] : i64
# IMOD-NOT:     func.func
# IMOD:         arith.select %{{.*}}, [[RY]], [[R]] : i64

# FADD-LABEL: func.func private @_ignis_SIMD_DType_float64__1____add__{{[_0-9]*}}(%arg0: f64, %arg1: f64) -> f64
# FADD-NOT:     func.func
# FADD:         llvm.load %{{.*}} : !llvm.ptr -> f64
# FADD-NOT:     func.func
# FADD:         arith.addf %{{.*}}, %{{.*}} : f64

# FDIV-LABEL: func.func private @_ignis_SIMD_DType_float64__1____truediv__{{[_0-9]*}}(
# FDIV-NOT:     func.func
# FDIV:         arith.divf %{{.*}}, %{{.*}} : f64

# Fixed-width integers: the operation works on the narrow type itself.
# I8ADD-LABEL: func.func private @_ignis_SIMD_DType_int8__1____add__{{[_0-9]*}}(%arg0: i8, %arg1: i8) -> i8
# I8ADD-NOT:     func.func
# I8ADD:         arith.addi %{{.*}}, %{{.*}} : i8

# Unsigned floor division is a plain divui.
# U32DIV-LABEL: func.func private @_ignis_SIMD_DType_uint32__1____floordiv__{{[_0-9]*}}(
# U32DIV-NOT:     func.func
# U32DIV-NOT:     arith.divsi
# U32DIV:         arith.divui %{{.*}}, %{{.*}} : i32
# U32DIV-NOT:     arith.select
# U32DIV:         return

# ILT-LABEL: func.func private @_ignis_Int___lt__{{[_0-9]*}}({{.*}}) -> i1
# ILT-NOT:     func.func
# ILT:         arith.cmpi slt, %{{.*}}, %{{.*}} : i64

# FNE-LABEL: func.func private @_ignis_SIMD_DType_float64__1____ne__{{[_0-9]*}}({{.*}}) -> i1
# FNE-NOT:     func.func
# FNE:         arith.cmpf une, %{{.*}}, %{{.*}} : f64

# U8GE-LABEL: func.func private @_ignis_SIMD_DType_uint8__1____ge__{{[_0-9]*}}({{.*}}) -> i1
# U8GE-NOT:     func.func
# U8GE:         arith.cmpi uge, %{{.*}}, %{{.*}} : i8

# Int8(b) from a UInt32 truncates.
# TRUNC-LABEL: func.func private @_ignis_SIMD_DType_int8__1____init___DType_uint32{{[_0-9]*}}(%arg0: i32) -> i8
# TRUNC-NOT:     func.func
# TRUNC:         arith.trunci %{{.*}} : i32 to i8

# LLVM-IADD-LABEL: define internal i64 @_ignis_Int___add__{{[_0-9]*}}(i64 %0, i64 %1)
# LLVM-IADD-NOT:     define
# LLVM-IADD:         add i64 %{{.*}}, %{{.*}}

# LLVM-FADD-LABEL: define internal double @_ignis_SIMD_DType_float64__1____add__{{[_0-9]*}}(double %0, double %1)
# LLVM-FADD-NOT:     define
# LLVM-FADD:         fadd double %{{.*}}, %{{.*}}

# LLVM-U32DIV-LABEL: define internal i32 @_ignis_SIMD_DType_uint32__1____floordiv__{{[_0-9]*}}(i32 %0, i32 %1)
# LLVM-U32DIV-NOT:     define
# LLVM-U32DIV:         udiv i32 %{{.*}}, %{{.*}}

# LLVM-CMP-DAG: icmp slt i64
# LLVM-CMP-DAG: fcmp une double
# LLVM-CMP-DAG: icmp uge i8

# LLVM-O2-NOT: define {{.*}}@_ignis_Int___add__
# LLVM-O2:     define {{.*}}i32 @main(i32
