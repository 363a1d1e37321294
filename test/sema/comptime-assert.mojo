# RUN: not %ignis build --emit=sema %s 2>&1 | FileCheck %s
# A failing `comptime assert` reports its message at the condition, inside
# the instantiation that failed, with the chain of instantiations as notes;
# computed conditions (calls) are evaluated by the interpreter.

def is_pow2(n: Int) -> Bool:
    return n > 0 and (n & (n - 1)) == 0


def block[size: Int]() -> Int:
    comptime assert is_pow2(size), "size must be a power of two"
    return size


def outer[n: Int]() -> Int:
    return block[n * 3]()


def main():
    print(block[8](), outer[2]())

# CHECK: comptime-assert.mojo:11:21: error: compile-time assertion failed: size must be a power of two
# CHECK-NEXT: {{^}}    comptime assert is_pow2(size), "size must be a power of two"
# CHECK: comptime-assert.mojo:16:12: note: in instantiation of 'block[6]' called here
# CHECK: comptime-assert.mojo:20:23: note: in instantiation of 'outer[2]' called here
# CHECK-NOT: error
