# RUN: rm -rf %t && echo Mojo | %ignis run %s %t | FileCheck %s --match-full-lines
# std.io: open(path, mode) gives a FileHandle (a Writer, usable in `with`)
# with read, read_bytes, seek, write and close; writing modes create missing
# parent folders; input(prompt) reads one line of standard input.
from std.os import SEEK_END, SEEK_CUR
from std.os.path import join
from std.sys import argv


def main() raises:
    var path = join(argv()[1], "sub", "a.txt")
    with open(path, "w") as f:
        f.write("hello ", 42, "\n")
        f.write_string("second line\n")
    var g = open(path, "r")
    print(g.read(), end="")
    # CHECK: hello 42
    # CHECK-NEXT: second line
    print(g.seek(6), g.read(2))
    # CHECK-NEXT: 6 42
    _ = g.seek(0)
    var head = g.read_bytes(5)
    print(len(head), head[0], head[4])
    # CHECK-NEXT: 5 104 111
    _ = g.seek(1, SEEK_CUR)
    print(g.read(2))
    # CHECK-NEXT: 42
    print(g.seek(0, SEEK_END))
    # CHECK-NEXT: 21
    print("[" + g.read() + "]")
    # CHECK-NEXT: []
    g.close()
    g.close()
    try:
        _ = g.read()
    except e:
        print(e)
    # CHECK-NEXT: invalid file handle

    var h = open(path, "a")
    h.write("appended ", 1.5, "\n")
    h.close()
    with open(path, "r") as r:
        print(r.read(), end="")
    # CHECK-NEXT: hello 42
    # CHECK-NEXT: second line
    # CHECK-NEXT: appended 1.5

    var rw = open(path, "rw")
    rw.write("HELLO")
    _ = rw.seek(0)
    print(rw.read(8))
    # CHECK-NEXT: HELLO 42
    rw.close()

    try:
        _ = open(join(argv()[1], "missing.txt"), "r")
    except e:
        print(e)
    # CHECK-NEXT: Failed to open file '{{.*}}/missing.txt': No such file or directory
    try:
        _ = open(path, "x")
    except e:
        print(e)
    # CHECK-NEXT: invalid mode: "x". Can only be one of: {"r", "w", "rw", "a"}

    var name = input("Name: ")
    print("Hello", name)
    # CHECK-NEXT: Name: Hello Mojo
    try:
        _ = input()
    except e:
        print(e)
    # CHECK-NEXT: EOF
