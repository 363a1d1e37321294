# RUN: %ignis run %s | FileCheck %s --match-full-lines
# `*pack: *SomeTypeList[Trait]`: a heterogeneous variadic argument without
# a named parameter list (the same as `[*Ts: Trait](*pack: *Ts)`).

def show_some(*pack: *SomeTypeList[Writable]):
    comptime for i in range(len(pack)):
        print(pack[i], end=" ")
    print()

def count_some[prefix: StringLiteral](*pack: *SomeTypeList[Writable]) -> Int:
    print(prefix, len(pack))
    return len(pack)

def main():
    show_some(1, "two", 3.5, True)
    # CHECK: 1 two 3.5 True
    _ = count_some["n ="](1, 2)
    # CHECK: n = 2
