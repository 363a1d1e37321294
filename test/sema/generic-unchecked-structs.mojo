# RUN: not %ignis build --emit=sema %s 2>&1 | FileCheck %s
# Methods of generic structs, and generic methods of plain structs, are
# checked without an instance.

struct Stack[T: Copyable & Movable, capacity: Int]:
    var items: List[Self.T]

    def __init__(out self):
        self.items = List[Self.T]()

    def push(mut self, var item: Self.T):
        if len(self.items) < Self.capacity:
            self.items.append(item^)
        else:
            print("full", cappacity)


@fieldwise_init
struct Counter:
    var n: Int

    def add[k: Int](mut self):
        self.n += k
        self.n += undefined_step

    def bump(mut self):
        self.n += 1


def main():
    var c = Counter(0)
    c.bump()
    print(c.n)

# CHECK: generic-unchecked-structs.mojo:15:27: error: use of undefined name 'cappacity'
# CHECK: generic-unchecked-structs.mojo:24:19: error: use of undefined name 'undefined_step'
# CHECK-NOT: error
