# RUN: %ignis run %s | FileCheck %s --match-full-lines
# `*pack: *SomeTypeList[Trait]`: a heterogeneous variadic argument without
# a named parameter list (the same as `[*Ts: Trait](*pack: *Ts)`).

def show_some(*pack: *SomeTypeList[Writable]):
    comptime for i in range(len(pack)):
        print(pack[i], end=" ")
    print()

def first_some[prefix: StringLiteral](*pack: *SomeTypeList[Writable]):
    print(prefix, pack[0])

def main():
    show_some(1, "two", 3.5, True)
    # CHECK: 1 two 3.5 True
    first_some["first:"](String("x"), 2)
    # CHECK: first: x
