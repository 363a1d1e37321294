# Lowering of struct values and method calls: a struct is a literal
# `!llvm.struct<(fields...)>` in field order, where Int, Float64 and Bool
# fields (one-field structs over a scalar) are the scalar itself: i64, f64,
# i1; @fieldwise_init builds the value with
# llvm.insertvalue; a written `__init__(out self, ...)` fills a stack slot
# field by field through getelementptr [0, i] and returns it; methods are
# func.func calls with `self` by address: mut, or read of a struct over 16
# bytes (a readonly pointer to the caller's place, no copy; smaller read
# structs go by value); field reads of a place are getelementptr + load, of
# a temporary extractvalue.
# RUN: %ignis run %s | FileCheck %s --check-prefix=OUT --match-full-lines
# RUN: %ignis build --emit=mlir %s -o %t.mlir
# RUN: FileCheck %s --input-file=%t.mlir
# RUN: FileCheck %s --input-file=%t.mlir --check-prefix=MAIN
# RUN: %ignis build --emit=llvm -O0 %s | FileCheck %s --check-prefix=LLVM

@fieldwise_init
struct Point(Copyable):
    var x: Int
    var y: Float64
    var flag: Bool

    def norm1(self) -> Float64:
        return Float64(self.x) + self.y

    def shift(mut self, dx: Int):
        self.x += dx

    @staticmethod
    def origin() -> Self:
        return Self(0, 0.0, False)


struct Counter:
    var count: Int
    var step: Int

    def __init__(out self, start: Int):
        self.count = start
        self.step = 2

    def bump(mut self):
        self.count += self.step


def make(x: Int) -> Point:
    return Point(x, 2.5, True)

def use() -> Float64:
    var p = make(3)
    p.shift(4)
    return p.norm1() + Point.origin().y

def main():
    print(use())
    var c = Counter(5)
    c.bump()
    print(c.count, c.step)

# OUT:      9.5
# OUT-NEXT: 7 2

# The struct methods, in definition order: `self` of the read method (a
# 24-byte Point) is a readonly, noalias, nocapture pointer read in place
# (no slot, no copy), `self` of a mut one a nonnull, noalias (`mut` is
# exclusive) pointer to the whole value.
# CHECK-LABEL: func.func private @_ignis_Point_norm1{{[_0-9]*}}(%arg0: !llvm.ptr {llvm.dereferenceable = 24 : i64, llvm.noalias, llvm.nocapture, llvm.noundef, llvm.readonly}) -> f64
# CHECK-NOT:     llvm.alloca
# CHECK:         [[PX:%[0-9]+]] = llvm.getelementptr %arg0[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<(i64, f64, i1)>
# CHECK-NEXT:    llvm.load [[PX]] : !llvm.ptr -> i64
# CHECK:         [[PY:%[0-9]+]] = llvm.getelementptr %arg0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<(i64, f64, i1)>
# CHECK-NEXT:    llvm.load [[PY]] : !llvm.ptr -> f64
# CHECK:         call @_ignis_SIMD_DType_float64__1____add__{{[_0-9]*}}(

# CHECK-LABEL: func.func private @_ignis_Point_shift{{[_0-9]*}}(%arg0: !llvm.ptr {llvm.dereferenceable = 24 : i64, llvm.noalias, llvm.nonnull, llvm.noundef}, %arg1: i64)
# CHECK:         [[FX:%[0-9]+]] = llvm.getelementptr %arg0[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<(i64, f64, i1)>
# CHECK:         call @_ignis_Int___iadd__{{[_0-9]*}}([[FX]], %{{[0-9]+}}) : (!llvm.ptr, i64) -> ()

# The static method takes no self; Self(...) of a @fieldwise_init struct is
# a chain of insertvalue.
# CHECK-LABEL: func.func private @_ignis_Point_origin{{[_0-9]*}}() -> !llvm.struct<(i64, f64, i1)>
# CHECK:         [[U:%[0-9]+]] = llvm.mlir.undef : !llvm.struct<(i64, f64, i1)>
# CHECK-NEXT:    [[V0:%[0-9]+]] = llvm.insertvalue %c0_i64, [[U]][0]
# CHECK-NEXT:    [[V1:%[0-9]+]] = llvm.insertvalue %cst, [[V0]][1]
# CHECK-NEXT:    [[V2:%[0-9]+]] = llvm.insertvalue %false, [[V1]][2]
# CHECK-NEXT:    return [[V2]] : !llvm.struct<(i64, f64, i1)>

# The written constructor: `out self` is a local slot, returned at the end.
# CHECK-LABEL: func.func private @_ignis_Counter___init__{{[_0-9]*}}(%arg0: i64) -> !llvm.struct<(i64, i64)>
# CHECK:         [[SLOT:%[0-9]+]] = llvm.alloca %{{[0-9]+}} x !llvm.struct<(i64, i64)>
# CHECK:         [[F0:%[0-9]+]] = llvm.getelementptr [[SLOT]][0, 0]
# CHECK-NEXT:    llvm.store %{{[0-9]+}}, [[F0]] : i64, !llvm.ptr
# CHECK:         [[F1:%[0-9]+]] = llvm.getelementptr [[SLOT]][0, 1]
# CHECK-NEXT:    llvm.store %c2_i64, [[F1]] : i64, !llvm.ptr
# CHECK-NEXT:    [[RES:%[0-9]+]] = llvm.load [[SLOT]] : !llvm.ptr -> !llvm.struct<(i64, i64)>
# CHECK-NEXT:    return [[RES]]

# CHECK-LABEL: func.func private @_ignis_Counter_bump{{[_0-9]*}}(%arg0: !llvm.ptr {llvm.dereferenceable = 16 : i64, llvm.noalias, llvm.nonnull, llvm.noundef})
# CHECK-DAG:     [[COUNT:%[0-9]+]] = llvm.getelementptr %arg0[0, 0]
# CHECK-DAG:     [[STEP:%[0-9]+]] = llvm.getelementptr %arg0[0, 1]
# CHECK:         [[STEPV:%[0-9]+]] = llvm.load [[STEP]] : !llvm.ptr -> i64
# CHECK:         call @_ignis_Int___iadd__{{[_0-9]*}}([[COUNT]], [[STEPV]])

# CHECK-LABEL: func.func private @_ignis_make{{[_0-9]*}}(%arg0: i64) -> !llvm.struct<(i64, f64, i1)>
# CHECK:         arith.constant 2.500000e+00 : f64
# CHECK:         arith.constant true
# CHECK:         llvm.insertvalue %true, %{{[0-9]+}}[2] : !llvm.struct<(i64, f64, i1)>
# CHECK-NEXT:    return

# The caller keeps `p` in a slot: the mut method and the read method both
# get its address; the field of a temporary is an extractvalue.
# CHECK-LABEL: func.func private @_ignis_use{{[_0-9]*}}() -> f64
# CHECK:         [[P:%[0-9]+]] = llvm.alloca %{{[0-9]+}} x !llvm.struct<(i64, f64, i1)>
# CHECK:         [[MADE:%[0-9]+]] = call @_ignis_make{{[_0-9]*}}(%c3_i64)
# CHECK-NEXT:    llvm.store [[MADE]], [[P]]
# CHECK:         call @_ignis_Point_shift{{[_0-9]*}}([[P]], %c4_i64) : (!llvm.ptr, i64) -> ()
# CHECK-NEXT:    call @_ignis_Point_norm1{{[_0-9]*}}([[P]]) : (!llvm.ptr) -> f64
# CHECK-NEXT:    [[O:%[0-9]+]] = call @_ignis_Point_origin{{[_0-9]*}}() : () -> !llvm.struct<(i64, f64, i1)>
# CHECK-NEXT:    llvm.extractvalue [[O]][1] : !llvm.struct<(i64, f64, i1)>

# MAIN-LABEL: func.func private @ignis_main()
# MAIN:          [[C:%[0-9]+]] = llvm.alloca %{{[0-9]+}} x !llvm.struct<(i64, i64)>
# MAIN:          [[CV:%[0-9]+]] = call @_ignis_Counter___init__{{[_0-9]*}}(%c5_i64)
# MAIN-NEXT:     llvm.store [[CV]], [[C]]
# MAIN-NEXT:     call @_ignis_Counter_bump{{[_0-9]*}}([[C]]) : (!llvm.ptr) -> ()

# In LLVM IR the struct is a literal struct type of its fields' scalars.
# LLVM-LABEL: define internal { i64, double, i1 } @_ignis_make{{[_0-9]*}}(i64 %0)
# LLVM:         insertvalue { i64, double, i1 } %{{[0-9]+}}, i1 true, 2
# LLVM:         ret { i64, double, i1 }
# LLVM-LABEL: define internal double @_ignis_use{{[_0-9]*}}()
# LLVM:         alloca { i64, double, i1 }
# LLVM:         call void @_ignis_Point_shift{{[_0-9]*}}(ptr %{{[0-9]+}}, i64 4)
