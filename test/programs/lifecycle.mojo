# RUN: %ignis run %s | FileCheck %s --match-full-lines
# The exact lifecycle sequence (LANGUAGE.md §3, docs/language/semantics.md):
# values are destroyed right after the statement of their last use, copies
# call the copy constructor, `^` transfers (calling a written move
# constructor), across calls, loops, branches, early returns and raises.

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


def read_it(t: T):
    print("  read", t.id)


def own_it(var t: T):
    print("  own", t.id)


def make(id: Int) -> T:
    var t = T(id)
    return t^


def pick(flag: Bool) -> T:
    var a = T(1)
    var b = T(2)
    if flag:
        return a^
    return b^


def fail(t: T) raises:
    var local = T(t.id + 1)
    if t.id > 0:
        raise Error("failed")
    print("  not reached", local.id)


def main() raises:
    print("calls")
    var a = T(1)
    read_it(a)
    own_it(a.copy())
    own_it(a^)
    print("after")
    # CHECK-LABEL: calls
    # CHECK-NEXT:   init 1
    # CHECK-NEXT:   read 1
    # CHECK-NEXT:   copy 1 -> 101
    # CHECK-NEXT:   own 101
    # CHECK-NEXT:   del 101
    # CHECK-NEXT:   own 1
    # CHECK-NEXT:   del 1
    # CHECK-NEXT: after

    print("temporaries")
    read_it(make(5))
    _ = make(6)
    print("after")
    # CHECK-LABEL: temporaries
    # CHECK-NEXT:   init 5
    # CHECK-NEXT:   move 5
    # CHECK-NEXT:   read 5
    # CHECK-NEXT:   del 5
    # CHECK-NEXT:   init 6
    # CHECK-NEXT:   move 6
    # CHECK-NEXT:   del 6
    # CHECK-NEXT: after

    print("last use")
    var b = T(7)
    var c = T(8)
    print("  use c", c.id)
    print("  use b", b.id)
    print("after")
    # CHECK-LABEL: last use
    # CHECK-NEXT:   init 7
    # CHECK-NEXT:   init 8
    # CHECK-NEXT:   use c 8
    # CHECK-NEXT:   del 8
    # CHECK-NEXT:   use b 7
    # CHECK-NEXT:   del 7
    # CHECK-NEXT: after

    print("branches")
    var d = T(9)
    if d.id > 5:
        own_it(d^)
    else:
        print("  kept")
    print("after")
    # CHECK-LABEL: branches
    # CHECK-NEXT:   init 9
    # CHECK-NEXT:   own 9
    # CHECK-NEXT:   del 9
    # CHECK-NEXT: after

    print("early return")
    var p = pick(True)
    print("  picked", p.id)
    # CHECK-LABEL: early return
    # CHECK-NEXT:   init 1
    # CHECK-NEXT:   init 2
    # CHECK-NEXT:   del 2
    # CHECK-NEXT:   move 1
    # CHECK-NEXT:   picked 1
    # CHECK-NEXT:   del 1

    print("loops")
    for i in range(2):
        var x = T(20 + i)
        if i == 1:
            break
        print("  body", x.id)
    print("after")
    # CHECK-LABEL: loops
    # CHECK-NEXT:   init 20
    # CHECK-NEXT:   body 20
    # CHECK-NEXT:   del 20
    # CHECK-NEXT:   init 21
    # CHECK-NEXT:   del 21
    # CHECK-NEXT: after

    print("reassign")
    var r = T(30)
    print("  r", r.id)
    r = T(31)
    print("  r", r.id)
    # CHECK-LABEL: reassign
    # CHECK-NEXT:   init 30
    # CHECK-NEXT:   r 30
    # CHECK-NEXT:   del 30
    # CHECK-NEXT:   init 31
    # CHECK-NEXT:   r 31
    # CHECK-NEXT:   del 31

    print("raises")
    var arg = T(40)
    try:
        fail(arg)
    except e:
        print("  caught", e)
    print("after")
    # CHECK-LABEL: raises
    # CHECK-NEXT:   init 40
    # CHECK-NEXT:   init 41
    # CHECK-NEXT:   del 41
    # CHECK-NEXT:   del 40
    # CHECK-NEXT:   caught failed
    # CHECK-NEXT: after
    containers()


def containers():
    print("containers")
    var l = List[T]()
    l.append(T(50))
    l.append(T(51))
    print("  first", l[0].id)
    var c = l[0].copy()
    var last = l.pop()
    print("  popped", last.id, "len", len(l), "copy", c.id)
    print("after")
    # CHECK-LABEL: containers
    # CHECK-NEXT:   init 50
    # CHECK-NEXT:   move 50
    # CHECK-NEXT:   init 51
    # CHECK-NEXT:   move 51
    # CHECK-NEXT:   first 50
    # CHECK-NEXT:   copy 50 -> 150
    # Three values die after the same statement: in declaration order.
    # CHECK-NEXT:   popped 51 len 1 copy 150
    # CHECK-NEXT:   del 50
    # CHECK-NEXT:   del 150
    # CHECK-NEXT:   del 51
    # CHECK-NEXT: after
