# RUN: %ignis build --emit=sema %s | FileCheck %s
# The checked program (CIR): literals materialised to Int, operators as
# dunder calls, print expanded into write_to calls on the stdout writer,
# `for` desugared to __iter__/__has_next__/__next__, and only the taken
# branch of a `comptime if` kept.

def add(a: Int, b: Int) -> Int:
    return a + b

def main():
    var x = add(1, 2)
    for i in range(3):
        x += i
    comptime if 2 > 1:
        print(x)
    else:
        print("never")

# CHECK-LABEL: def add (_ignis_add_{{[0-9]+}})(a: Int, b: Int) -> Int:
# CHECK-NEXT:    return call Int.__add__(a, b)

# CHECK-LABEL: def main (main)() -> None:
# CHECK-NEXT:    x = call add(Int{1 : __prim[DType.int, 1]}, Int{2 : __prim[DType.int, 1]})
# CHECK-NEXT:    __iter = call _Range.__iter__(call range(Int{3 : __prim[DType.int, 1]}))
# CHECK-NEXT:    while call _Range.__has_next__(__iter)._value:
# CHECK-NEXT:      i = call _Range.__next__(&__iter)
# CHECK-NEXT:      call Int.__iadd__(&x, i)
# CHECK-NEXT:    block:
# CHECK-NEXT:      __stdout = _StdoutWriter{}
# CHECK-NEXT:      call Int.write_to(x, &__stdout)
# CHECK-NEXT:      call _StdoutWriter.write_str(&__stdout, "\n")
# CHECK-NOT:     never
