# RUN: %ignis run %s | FileCheck %s --match-full-lines
# Variadic parameters: `*values: Int` collects the bracketed values into a
# compile-time list (`len(values)`, `values[i]`, `comptime for v in values`);
# keyword-only parameters after `*`, infer-only ones before `//`.


def total[*values: Int]() -> Int:
    var sum = 0
    comptime for v in values:
        sum += v
    return sum


def describe[*values: Int]() -> String:
    comptime n = len(values)
    comptime if n == 0:
        return "none"
    else:
        return String(n) + " values, last " + String(values[n - 1]) + ", first " + String(values[0])


def names[*Ts: AnyType]() -> String:
    var out = String()
    comptime for i in range(len(Ts)):
        out += String(get_type_name[Ts[i]]()) + " "
    return out


def scaled[dt: DType, //, factor: Int](x: SIMD[dt, 1]) -> SIMD[dt, 1]:
    return x * factor


def knob[*, k: Int = 3]() -> Int:
    return k


from std.sys import get_type_name


def main():
    print(total[1, 2, 3, 4](), total[](), describe[5, 6, 7](), describe[]())
    # CHECK: 10 0 3 values, last 7, first 5 none
    print(names[Int, Bool, Float32]())
    # CHECK-NEXT: SIMD[DType.int, 1] Bool SIMD[DType.float32, 1]
    print(scaled[3](Int8(5)), scaled[factor=2](Float32(1.5)), knob(), knob[k=5]())
    # CHECK-NEXT: 15 3.0 3 5
