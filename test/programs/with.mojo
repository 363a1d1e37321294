# RUN: %ignis run %s | FileCheck %s --match-full-lines
# `with`: __enter__ binds the target, __exit__ runs when the block ends,
# also when it ends by raising; several items exit in reverse order.

struct Resource:
    var name: String

    def __init__(out self, name: String):
        self.name = name

    def __enter__(self) -> String:
        print("enter", self.name)
        return self.name + "!"

    def __exit__(self):
        print("exit", self.name)

def fails() raises:
    with Resource("guarded"):
        raise Error("inside")

def main():
    with Resource("a") as x, Resource("b"):
        print("body", x)
    # CHECK: enter a
    # CHECK-NEXT: enter b
    # CHECK-NEXT: body a!
    # CHECK-NEXT: exit b
    # CHECK-NEXT: exit a
    try:
        fails()
    except e:
        print("caught", e)
    # CHECK-NEXT: enter guarded
    # CHECK-NEXT: exit guarded
    # CHECK-NEXT: caught inside
