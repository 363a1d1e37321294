# RUN: %ignis run %s | FileCheck %s --match-full-lines
# RUN: not %ignis run %S/Inputs/simd-int-vector.mojo 2>&1 | FileCheck %s --check-prefix=ERR
# SIMD scalars are Intable and Indexer: they bind `T: Intable` parameters
# and `Some[Intable]` arguments, and index collections.

def as_int[T: Intable, //](x: T) -> Int:
    return x.__int__()

def as_int_some(x: Some[Intable]) -> Int:
    return x.__int__()

def main():
    print(as_int(42.9), as_int(Float32(-3.5)), as_int(UInt8(200)))
    print(as_int_some(Float64(7.99)), as_int_some(Int16(-12)))
    var l = [10, 20, 30]
    print(l[Int(Int32(2))], Int(Float64(1e3)))

# CHECK: 42 -3 200
# CHECK-NEXT: 7 -12
# CHECK-NEXT: 30 1000

# ERR: simd.mojo:{{[0-9]+}}:{{[0-9]+}}: error: compile-time assertion failed: expected a scalar type
# ERR: simd-int-vector.mojo:4:11: note: in instantiation of 'Int.__init__[SIMD[DType.int32, 4]]' called here
