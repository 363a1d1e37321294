# RUN: not %ignis build --emit=sema %s 2>&1 | FileCheck %s
# Methods of generic structs, and generic methods of plain structs, are
# checked without an instance: `self` has the struct's fields and methods
# (their types that name the parameters are opaque).

struct Stack[T: Copyable & Movable, capacity: Int]:
    var items: List[Self.T]
    var size: Int

    def __init__(out self):
        self.items = List[Self.T]()
        self.size = 0

    def push(mut self, var item: Self.T):
        if len(self.items) < Self.capacity:
            self.items.append(item^)
            self.sizee += 1
        else:
            print("full", cappacity)
            self.grow(1, 2)

    def grow(mut self, n: Int):
        self.size += n


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

# CHECK: generic-unchecked-structs.mojo:17:18: error: 'Stack' has no member named 'sizee'
# CHECK-NEXT: {{^}}            self.sizee += 1
# CHECK-NEXT: {{^}}                 ^~~~~
# CHECK-NEXT: note: did you mean 'size'?
# CHECK: generic-unchecked-structs.mojo:19:27: error: use of undefined name 'cappacity'
# CHECK: generic-unchecked-structs.mojo:20:26: error: too many arguments in call to 'grow': expected at most 1, got 2
# CHECK: generic-unchecked-structs.mojo:32:19: error: use of undefined name 'undefined_step'
# CHECK-NOT: error
