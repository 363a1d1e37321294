# RUN: %ignis run %s | FileCheck %s --match-full-lines
# `for v in values` over a variadic parameter iterates its values at run
# time (continue, break and else included); with no values the body never
# runs. It also runs at compile time (a module-level comptime).

def total[*values: Int]() -> Int:
    var sum = 0
    for v in values:
        if v == 3:
            continue
        if v > 10:
            break
        sum += v
    return sum

def join[*words: StringLiteral]() -> String:
    var out = String()
    for w in words:
        out += w
    return out

comptime at_compile_time = total[5, 6]()

def count_else[*values: Int]() -> Int:
    var n = 0
    for v in values:
        n += v
    else:
        n += 100
    return n

def main():
    print(total[1, 2, 3, 4, 20, 5]())
    print(total[]())
    print(join["a", "b", "c"]())
    print(at_compile_time, count_else[1, 2](), count_else[]())

# CHECK: 7
# CHECK-NEXT: 0
# CHECK-NEXT: abc
# CHECK-NEXT: 11 103 100
