# RUN: %ignis run %s | FileCheck %s --match-full-lines
# Captured values and ownership: a by-reference capture is a use at every
# call of the closure (the value lives until the last call); a copy
# capture calls the copy constructor where the closure is defined and the
# copy dies after the last call; a moved-in capture ends the variable
# there (move constructor) and dies after the last call.

struct T(Copyable):
    var id: Int

    def __init__(out self, id: Int):
        self.id = id
        print("  init", id)

    def __init__(out self, *, copy: Self):
        self.id = copy.id + 100
        print("  copy", copy.id, "->", self.id)

    def __init__(out self, *, deinit take: Self):
        self.id = take.id
        print("  move", self.id)

    def __del__(deinit self):
        print("  del", self.id)


def apply[f: def() capturing -> None]():
    f()


def by_ref():
    print("by_ref")
    var t = T(1)
    def show():
        print("  show", t.id)
    show()
    print("  between")
    apply[show]()
    print("  end")


def by_copy():
    print("by_copy")
    var t = T(2)
    def show() {var t}:
        print("  show", t.id)
    print("  original", t.id)
    show()
    show()
    print("  end")


def by_move():
    print("by_move")
    var t = T(3)
    def show() {t^}:
        print("  show", t.id)
    show()
    print("  end")


def main():
    by_ref()
    by_copy()
    by_move()

# CHECK: by_ref
# CHECK-NEXT:   init 1
# CHECK-NEXT:   show 1
# CHECK-NEXT:   between
# CHECK-NEXT:   show 1
# CHECK-NEXT:   del 1
# CHECK-NEXT:   end
# CHECK-NEXT: by_copy
# CHECK-NEXT:   init 2
# CHECK-NEXT:   copy 2 -> 102
# CHECK-NEXT:   original 2
# CHECK-NEXT:   del 2
# CHECK-NEXT:   show 102
# CHECK-NEXT:   show 102
# CHECK-NEXT:   del 102
# CHECK-NEXT:   end
# CHECK-NEXT: by_move
# CHECK-NEXT:   init 3
# CHECK-NEXT:   move 3
# CHECK-NEXT:   show 3
# CHECK-NEXT:   del 3
# CHECK-NEXT:   end
