# RUN: not %ignis run -D CASE=1 %s 2>&1 | FileCheck %s --check-prefix=LIST --match-full-lines
# RUN: not %ignis run -D CASE=2 %s 2>&1 | FileCheck %s --check-prefix=SET --match-full-lines
# RUN: not %ignis run -D CASE=3 %s 2>&1 | FileCheck %s --check-prefix=STR --match-full-lines
# RUN: not %ignis run -D CASE=4 %s 2>&1 | FileCheck %s --check-prefix=SPAN --match-full-lines
# RUN: not %ignis run -D CASE=5 %s 2>&1 | FileCheck %s --check-prefix=DEQUE --match-full-lines
# RUN: not %ignis run -D CASE=6 %s 2>&1 | FileCheck %s --check-prefix=POP --match-full-lines
# RUN: not %ignis run -D CASE=6 -D ASSERT=none %s 2>&1 | FileCheck %s --check-prefix=POP --match-full-lines
# RUN: not %ignis run -D CASE=6 -D ASSERT=warn %s 2>&1 | FileCheck %s --check-prefix=POP --match-full-lines
# RUN: not %ignis run -D CASE=7 %s 2>&1 | FileCheck %s --check-prefix=NEG --match-full-lines
# RUN: not %ignis run -D CASE=8 %s 2>&1 | FileCheck %s --check-prefix=HELPER --match-full-lines
# A failed bounds check names the user's subscript (file:line:col), the
# index and the length on stderr, and stops the program with status 1.
# pop() on an empty List stops the program in every -D ASSERT mode.

from std.sys.param_env import env_get_int
from std.collections.deque import Deque


def get_third(l: List[Int]) -> Int:
    return l[2]


def main():
    comptime case = env_get_int["CASE", 0]()
    var l = [1, 2, 3, 4, 5]
    print(l[4], l[-5])
    comptime if case == 1:
        print(l[7])
    comptime if case == 2:
        l[5] = 0
    comptime if case == 3:
        var s = String("hello")
        print(s[byte=1])
        print(s[byte=-6])
    comptime if case == 4:
        var sp = Span[Int](ptr=l._data, length=3)
        print(sp[2])
        print(sp[3])
    comptime if case == 5:
        var d = Deque[Int]()
        d.append(1)
        print(d[1])
    comptime if case == 6:
        var e = List[Int]()
        _ = e.pop()
    comptime if case == 7:
        print(l[-6])
    comptime if case == 8:
        var short = [1, 2]
        print(get_third(short))
    comptime if case == 9:
        # A negative length makes an empty span: every index is out of
        # bounds (an unsigned compare with a negative length would pass).
        var bad = Span[Int](ptr=l._data, length=-2)
        print(len(bad))
        print(bad[1])
    print("not reached")
# LIST: 5 1
# LIST-NEXT: safety-bounds.mojo:28:15: index out of bounds: index 7, length 5
# LIST-NOT: not reached
# SET: safety-bounds.mojo:30:9: index out of bounds: index 5, length 5
# STR: e
# STR-NEXT: safety-bounds.mojo:34:15: index out of bounds: index -6, length 5
# SPAN: 3
# SPAN-NEXT: safety-bounds.mojo:38:15: index out of bounds: index 3, length 3
# DEQUE: safety-bounds.mojo:42:15: index out of bounds: index 1, length 1
# POP: safety-bounds.mojo:45:13: index out of bounds: index -1, length 0
# NEG: safety-bounds.mojo:47:15: index out of bounds: index -6, length 5
# HELPER: safety-bounds.mojo:20:12: index out of bounds: index 2, length 2
# RUN: not %ignis run -D CASE=9 %s 2>&1 | FileCheck %s --check-prefix=NEGLEN --match-full-lines
# NEGLEN: 5 1
# NEGLEN-NEXT: 0
# NEGLEN-NEXT: safety-bounds.mojo:56:15: index out of bounds: index 1, length 0
