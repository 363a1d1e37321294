# RUN: not %ignis build --emit=sema %s 2>&1 | FileCheck %s
# Structs that contain themselves and instantiation without end are
# reported, not followed forever.

struct Node:
    var next: Node

struct A:
    var b: B

struct B:
    var a: A

def deeper[n: Int]() -> Int:
    return deeper[n + 1]()

def main():
    print(deeper[0]())

# CHECK: recursion.mojo:5:8: error: struct 'Node' contains itself
# CHECK: recursion.mojo:8:8: error: struct 'A' contains itself
# CHECK: recursion.mojo:14:5: error: more than 5000 function instantiations (is 'deeper' instantiating itself without end?)
