# RUN: %ignis run %s | FileCheck %s --match-full-lines
# A Movable-but-not-Copyable element type in List, Dict values, Optional,
# Deque and InlineArray: each value is created once, moved (never copied),
# read and changed in place through references (l[i], d[k], q[i], a[i]),
# and destroyed exactly once.
from std.collections import Deque

struct Tok(Movable):
    var id: Int

    def __init__(out self, id: Int):
        self.id = id
        print("  new", id)

    def __init__(out self, *, deinit take: Self):
        self.id = take.id
        print("  move", self.id)

    def __del__(deinit self):
        print("  del", self.id)

def main() raises:
    print("list")
    var l = List[Tok]()
    l.append(Tok(1))
    l.append(Tok(2))
    print("  read", l[1].id, len(l))
    var t = l.pop()
    print("  popped", t.id)
    print("list end")
    print("dict")
    var d = Dict[Int, Tok]()
    d[1] = Tok(10)
    d[2] = Tok(20)
    d[2].id += 1
    print("  read", d[2].id, d[1].id)
    var v = d.pop(1)
    print("  popped", v.id, len(d))
    print("optional")
    var o = Optional[Tok](Tok(5))
    print("  has", o.is_some())
    var inner = o.take()
    print("  took", inner.id, o.is_some())
    print("deque")
    var q = Deque[Tok]()
    q.append(Tok(7))
    q.appendleft(Tok(6))
    q[1].id += 1
    print("  read", q[0].id, q[1].id)
    var first = q.popleft()
    print("  left", first.id, len(q))
    print("inline")
    var a = InlineArray[Tok, 2](uninitialized=True)
    a.unsafe_ptr().init_pointee_move(Tok(30))
    (a.unsafe_ptr() + 1).init_pointee_move(Tok(31))
    a[0] = Tok(32)
    print("  read", a[0].id, a[1].id)
    var b = a^
    print("  moved", b[1].id)
    print("done")

# CHECK-LABEL: list
# CHECK-NEXT:   new 1
# CHECK-NEXT:   move 1
# CHECK-NEXT:   new 2
# CHECK-NEXT:   move 2
# CHECK-NEXT:   read 2 2
# CHECK-NEXT:   del 1
# CHECK-NEXT:   popped 2
# CHECK-NEXT:   del 2
# CHECK-NEXT: list end
# CHECK-NEXT: dict
# CHECK-NEXT:   new 10
# CHECK-NEXT:   move 10
# CHECK-NEXT:   new 20
# CHECK-NEXT:   move 20
# CHECK-NEXT:   read 21 10
# CHECK-NEXT:   popped 10 1
# CHECK-NEXT:   del 21
# CHECK-NEXT:   del 10
# CHECK-NEXT: optional
# CHECK-NEXT:   new 5
# CHECK-NEXT:   move 5
# CHECK-NEXT:   has True
# CHECK-NEXT:   took 5 False
# CHECK-NEXT:   del 5
# CHECK-NEXT: deque
# CHECK-NEXT:   new 7
# CHECK-NEXT:   move 7
# CHECK-NEXT:   new 6
# CHECK-NEXT:   move 6
# CHECK-NEXT:   read 6 8
# CHECK-NEXT:   move 6
# CHECK-NEXT:   left 6 1
# CHECK-NEXT:   del 8
# CHECK-NEXT:   del 6
# CHECK-NEXT: inline
# CHECK-NEXT:   new 30
# CHECK-NEXT:   move 30
# CHECK-NEXT:   new 31
# CHECK-NEXT:   move 31
# CHECK-NEXT:   new 32
# CHECK-NEXT:   del 30
# CHECK-NEXT:   move 32
# CHECK-NEXT:   read 32 31
# CHECK-NEXT:   move 32
# CHECK-NEXT:   move 31
# CHECK-NEXT:   moved 31
# CHECK-NEXT:   del 32
# CHECK-NEXT:   del 31
# CHECK-NEXT: done
