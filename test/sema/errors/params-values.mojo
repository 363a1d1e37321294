# RUN: not %ignis build --emit=sema %s 2>&1 | FileCheck %s
# Misused parameters are located errors: an index past a variadic
# parameter's values, a struct holding heap memory as a parameter, a
# positional value for an infer-only parameter, a Variant member type that is
# not one of its types, a positional value for a keyword-only parameter,
# an Int where a struct value is expected.
from std.utils import Variant


def at[i: Int, *values: Int]() -> Int:
    return values[i]


@fieldwise_init
struct Named(Movable):
    var name: UnsafePointer[Int]


def named[n: Named]() -> Int:
    return 0


def scaled[dt: DType, //, factor: Int](x: SIMD[dt, 1]) -> SIMD[dt, 1]:
    return x * factor


@fieldwise_init
struct Shape(ImplicitlyCopyable):
    var rows: Int


def shape_rows[s: Shape]() -> Int:
    return s.rows


def knob[*, k: Int = 3]() -> Int:
    return k


def main():
    print(knob[5]())
    print(at[3, 1, 2]())
    print(named[Named(alloc[Int](1))]())
    print(scaled[DType.int8, 2](Int8(1)))
    var v: Variant[Int, Bool] = 1
    print(v.isa[Float64]())
    print(shape_rows[3]())

# CHECK: params-values.mojo:41:11: error: too many parameters in call to 'knob'
# CHECK: params-values.mojo:43:17: error: a value of type 'Named' cannot be a compile-time value
# CHECK: params-values.mojo:44:11: error: too many parameters in call to 'scaled'
# CHECK: params-values.mojo:47:11: error: parameter 's' of 'shape_rows' takes a 'Shape' value, not '3'
# CHECK: params-values.mojo:11:19: error: index 3 is out of range for the 2 values of variadic parameter 'values'
# CHECK: params-values.mojo:42:11: note: in instantiation of 'at[3, 1, 2]' called here
# CHECK: variant.mojo:{{[0-9]+}}:{{[0-9]+}}: error: compile-time assertion failed: the type is not one of the Variant's types
# CHECK: params-values.mojo:46:11: note: in instantiation of 'Variant[Int, Bool].isa[SIMD[DType.float64, 1]]' called here
