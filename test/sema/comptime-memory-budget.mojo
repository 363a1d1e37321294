# RUN: not %ignis build --emit=sema %s 2>&1 | FileCheck %s
# The compile-time heap is budgeted (16777216 values): an allocation past it
# is a located error at the program's own call, with the call chain.

def huge() -> Int:
    var l = List[Int](capacity=20_000_000)
    return len(l)


def outer() -> Int:
    return huge() + 1


comptime H = outer()


def main():
    print(H)

# CHECK: comptime-memory-budget.mojo:6:13: error: compile-time evaluation exceeded 16777216 values of memory in 'huge'
# CHECK-NEXT: {{^}}    var l = List[Int](capacity=20_000_000)
# CHECK: comptime-memory-budget.mojo:11:12: note: 'huge' called from here
# CHECK: comptime-memory-budget.mojo:14:14: note: 'outer' called from here
# CHECK-NOT: error
