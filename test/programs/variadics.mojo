# RUN: %ignis run %s | FileCheck %s --match-full-lines
# Homogeneous variadic arguments (`*values: T`) arrive as a VariadicList:
# len(), indexing and iteration; literals convert to the element type; the
# arguments after them are keyword-only.

def total(*values: Int) -> Int:
    var sum = 0
    for v in values:
        sum += v
    return sum

def describe(label: String, *values: Float64, scale: Float64 = 1.0):
    var sum = 0.0
    for i in range(len(values)):
        sum += values[i] * scale
    print(label, len(values), sum)

def largest[T: Comparable & Writable](first: T, *rest: T) -> T:
    var best = first
    for v in rest:
        if best < v:
            best = v
    return best

def main():
    print(total(), total(7), total(1, 2, 3, 4))
    # CHECK: 0 7 10
    describe("floats", 1.5, 2, 3.25)
    # CHECK-NEXT: floats 3 6.75
    describe("scaled", 1, 2, scale=10)
    # CHECK-NEXT: scaled 2 30.0
    print(largest(3, 9, 4), largest(2.5))
    # CHECK-NEXT: 9 2.5
