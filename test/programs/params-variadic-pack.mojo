# RUN: %ignis run %s | FileCheck %s --match-full-lines
# Heterogeneous variadic arguments: `*args: *Ts` keeps each argument's type;
# Ts is the list of those types and args a tuple read with compile-time
# indices.
from std.sys import get_type_name


def show[*Ts: Writable](*args: *Ts) -> String:
    var out = String()
    comptime for i in range(len(Ts)):
        comptime if i > 0:
            out += ", "
        out += String(args[i])
    return out + " (" + String(len(Ts)) + " values)"


def types[*Ts: AnyType](*args: *Ts) -> String:
    var out = String()
    comptime for i in range(len(Ts)):
        out += String(get_type_name[Ts[i]]()) + ";"
    return out


def total[*Ts: Intable](*args: *Ts) -> Int:
    # The pack's length through the arguments themselves, at compile time.
    var sum = 0
    comptime for i in range(len(args)):
        sum += Int(args[i])
    comptime for i in range(args.__len__()):
        sum += 100
    return sum


def main():
    var name = String("mojo")
    print(show(1, 2.5, name, True))
    # CHECK: 1, 2.5, mojo, True (4 values)
    print(show())
    # CHECK-NEXT:  (0 values)
    print(types(Int8(1), name, 3))
    # CHECK-NEXT: SIMD[DType.int8, 1];String;SIMD[DType.int, 1];
    print(name)
    # CHECK-NEXT: mojo
    print(total(5, 11.7, Int8(12)))
    # CHECK-NEXT: 328
    print(total())
    # CHECK-NEXT: 0
