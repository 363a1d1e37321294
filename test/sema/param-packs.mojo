# RUN: %ignis run %s | FileCheck %s
# RUN: not %ignis build --emit=sema %S/Inputs/param-pack-errors.mojo 2>&1 | FileCheck %s --check-prefix=ERR
# `*pack` in a parameter list spreads a compile-time list into positional
# parameters: forwarding a variadic parameter, a comptime tuple, to
# functions, structs and parametric aliases.

def prod[i: Int, *dims: Int]() -> Int:
    comptime if i >= len(dims):
        return 1
    else:
        return dims[i] * prod[i + 1, *dims]()

struct Shape[*dims: Int]:
    @staticmethod
    def rank() -> Int:
        return len(dims)
    @staticmethod
    def size() -> Int:
        return prod[0, *dims]()

comptime Square[*dims: Int] = Shape[*dims, *dims]

def first[*dims: Int]() -> Int:
    return dims[0]

def main():
    print(prod[0, 1, 2, 3, 4, 5]())
    comptime p = prod[0, 2, 3, 7]()
    print(p)
    print(Shape[2, 3, 4].size(), Shape[2, 3, 4].rank())
    print(Square[2, 5].rank(), Square[2, 5].size())
    comptime t = (4, 5, 6)
    print(first[*t](), prod[0, *t]())

# CHECK: 120
# CHECK-NEXT: 42
# CHECK-NEXT: 24 3
# CHECK-NEXT: 4 100
# CHECK-NEXT: 4 120

# ERR: param-pack-errors.mojo:6:17: error: '*' on a value that is not a compile-time list (a variadic parameter or a comptime tuple) is not supported yet
# ERR: param-pack-errors.mojo:7:17: error: '**' in a parameter list is not supported yet
