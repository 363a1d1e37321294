# RUN: %ignis run %s | FileCheck %s --match-full-lines
# Equatable, Comparable and Hashable hold on the standard types: generic
# functions bounded by each trait accept Int, Bool, SIMD scalars (vectors:
# Equatable and Hashable; their `<` is a compile-time error), String,
# StringSlice and Codepoint; tuples are Equatable (element by element,
# String elements included).
def eq[T: Equatable](a: T, b: T) -> String:
    return String(a == b) + "/" + String(a != b)

def cmp[T: Comparable](a: T, b: T) -> String:
    return String(a < b) + "/" + String(b < a)

def same_hash[T: Hashable](a: T, b: T) -> Bool:
    return hash(a) == hash(b)

def main():
    print(eq(1, 1), cmp(1, 2), same_hash(7, 7), same_hash(7, 8))
    # CHECK: True/False True/False True False
    print(eq(True, False), cmp(False, True), same_hash(True, True))
    # CHECK-NEXT: False/True True/False True
    print(eq(Float64(1.5), 1.5), cmp(Float64(2.5), 1.0), same_hash(Float64(0.5), 0.5))
    # CHECK-NEXT: True/False False/True True
    print(eq(UInt8(3), UInt8(4)), cmp(UInt8(3), UInt8(4)), same_hash(UInt8(9), UInt8(9)))
    # CHECK-NEXT: False/True True/False True
    var v = SIMD[DType.int32, 4](3)
    print(eq(v, v), same_hash(v, v), same_hash(v, v + 1))
    # CHECK-NEXT: True/False True False
    print(eq(String("ab"), String("ab")), cmp(String("ab"), String("b")), same_hash(String("x"), String("x")))
    # CHECK-NEXT: True/False True/False True
    var s1: StringSlice = "slice"
    var s2: StringSlice = "slicf"
    print(eq(s1, s1), cmp(s1, s2), same_hash(s1, StringSlice("slice")), same_hash(s1, s2))
    # CHECK-NEXT: True/False True/False True False
    print(eq(Codepoint(65), Codepoint(65)), cmp(Codepoint(65), Codepoint(66)), same_hash(Codepoint(1), Codepoint(1)))
    # CHECK-NEXT: True/False True/False True
    var tu = (1, String("a"))
    print(eq(tu, (1, String("a"))), eq(tu, (1, String("b"))), tu == (1, "a"), tu != (2, "a"), ((1, 2), 3.5) == ((1, 2), 3.5))
    # CHECK-NEXT: True/False False/True True True True
