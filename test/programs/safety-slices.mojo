# RUN: %ignis run %s 2>&1 | FileCheck %s --match-full-lines
# RUN: not %ignis run -D CASE=1 %s 2>&1 | FileCheck %s --check-prefix=ZERO --match-full-lines
# RUN: not %ignis run -D CASE=2 %s 2>&1 | FileCheck %s --check-prefix=SPANSTEP --match-full-lines
# Slices `x[a:b:c]` of List and String (bytes) with Python's semantics:
# missing parts, negative offsets, clamping and negative steps.

from std.sys.param_env import env_get_int


def main():
    var l = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
    print(l[2:5])
    print(l[:3])
    print(l[7:])
    print(l[::3])
    print(l[::-1])
    print(l[-3:])
    print(l[8:2:-2])
    print(l[5:100])
    print(l[-100:2])
    print(l[5:2])
    print(l[:])
    var a = 1
    var b = 4
    print(l[a + 1 : b * 2 : a + 1])
    var words = [String("ab"), String("cd"), String("ef")]
    var tail = words[1:]
    print(len(tail), tail[0], tail[1])
    var s = String("hello world")
    print(s[0:5])
    print(s[6:])
    print(s[::-1])
    print(s[-5:-1])
    print(s[::2])
    print(s[3:3] == "")
    var t = Slice(2, 8, 3).indices(5)
    print(t[0], t[1], t[2])
    var u = slice(None, None, -1).indices(4)
    print(u[0], u[1], u[2])
    print(Slice(-3, None, None))
    print(slice(7))
    var sp = Span[Int](ptr=l._data, length=len(l))
    var view = sp[-4:-1]
    print(len(view), view[0], view[2])
    print(len(sp[8:3]), len(l))  # (a Span does not keep l alive: use l after)
    comptime if env_get_int["CASE", 0]() == 1:
        print(l[::0])
    comptime if env_get_int["CASE", 0]() == 2:
        print(len(sp[::2]), len(l))
# CHECK: [2, 3, 4]
# CHECK-NEXT: [0, 1, 2]
# CHECK-NEXT: [7, 8, 9]
# CHECK-NEXT: [0, 3, 6, 9]
# CHECK-NEXT: [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]
# CHECK-NEXT: [7, 8, 9]
# CHECK-NEXT: [8, 6, 4]
# CHECK-NEXT: [5, 6, 7, 8, 9]
# CHECK-NEXT: [0, 1]
# CHECK-NEXT: []
# CHECK-NEXT: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
# CHECK-NEXT: [2, 4, 6]
# CHECK-NEXT: 2 cd ef
# CHECK-NEXT: hello
# CHECK-NEXT: world
# CHECK-NEXT: dlrow olleh
# CHECK-NEXT: worl
# CHECK-NEXT: hlowrd
# CHECK-NEXT: True
# CHECK-NEXT: 2 5 3
# CHECK-NEXT: 3 -1 -1
# CHECK-NEXT: slice(-3, None, None)
# CHECK-NEXT: slice(None, 7, None)
# CHECK-NEXT: 3 6 8
# CHECK-NEXT: 0 10
# ZERO: slice step cannot be zero
# SPANSTEP: a Span slice must have step 1
