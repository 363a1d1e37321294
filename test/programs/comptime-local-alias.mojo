# RUN: %ignis run %s | FileCheck %s --match-full-lines
# RUN: not %ignis run %S/Inputs/comptime-local-alias-bad.mojo 2>&1 | FileCheck %s --check-prefix=ERR
# Parametric comptime declarations inside a function body: values, types
# (with defaults, and naming the function's own parameters), and a nested
# function that captures nothing called at compile time. A dict literal
# takes the declared key and value types.

def scaled[factor: Int](x: Int) -> Int:
    comptime Times[n: Int]: Int = n * factor
    return x * Times[2]

def main() raises:
    comptime AddOne[a: Int]: Int = a + 1
    comptime nine = AddOne[8]
    print(nine, AddOne[nine])

    def twice(a: Int) -> Int:
        return a * 2

    comptime ten = twice(5)
    print(ten)

    comptime Pair[dt: DType] = SIMD[dt, 2]
    var p = Pair[DType.float32](1.5, 2.5)
    print(p)

    comptime Floats[size: Int, half: Bool = False] = SIMD[
        DType.float16 if half else DType.float32, size
    ]
    var f = Floats[2](6.0, 8.0)
    var h = Floats[2, True](10.0, 12.0)
    print(f.dtype, h.dtype, h[1])

    comptime ByName[V: Copyable & ImplicitlyDeletable] = Dict[String, V]
    var d: ByName[UInt8] = {"answer": 42, "other": 7}
    print(d["answer"] + d["other"], scaled[3](5))

# CHECK: 9 10
# CHECK-NEXT: 10
# CHECK-NEXT: [1.5, 2.5]
# CHECK-NEXT: float32 float16 12.0
# CHECK-NEXT: 49 30

# ERR: comptime-local-alias-bad.mojo:5:11: error: 'AddOne' takes 1 parameter(s), but 2 were given
# ERR: comptime-local-alias-bad.mojo:6:32: error: cannot convert a value of type 'Dict[String, String]' to 'Dict[String, Int]'
