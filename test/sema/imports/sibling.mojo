# Modules beside the main file are found without -I (the main file's folder
# is searched first), through `import m`, `import m as a`, `from m import x`
# and the relative forms `from . import m` and `from .m import x`; a module
# imported several ways is loaded once (its comptime values agree), and a
# module may import the module that imports it.
# RUN: rm -rf %t && split-file %s %t
# RUN: %ignis run %t/main.mojo | FileCheck %s --match-full-lines
# Run from another folder: the search starts at the file, not the cwd.
# RUN: cd %t/.. && %ignis %t/main.mojo | FileCheck %s --match-full-lines

# CHECK:      41 42 42 42
# CHECK-NEXT: 7 14
# CHECK-NEXT: ping 3
# CHECK-NEXT: pong 2
# CHECK-NEXT: ping 1
# CHECK-NEXT: pong 0
# CHECK-NEXT: done
# CHECK-NOT:  {{.+}}

#--- main.mojo
from . import helper
from .helper import ANSWER
import helper as h
import mathx
from mathx import double as twice
from pingpong import ping


def main():
    print(helper.helper(), ANSWER, h.ANSWER, helper.ANSWER)
    print(mathx.seven(), twice(mathx.seven()))
    ping(3)
    print("done")

#--- helper.mojo
def helper() -> Int:
    return 41


comptime ANSWER = 40 + 2

#--- mathx.mojo
def seven() -> Int:
    return 7


def double(x: Int) -> Int:
    return x * 2

#--- pingpong.mojo
from pongping import pong


def ping(n: Int):
    print("ping", n)
    if n > 0:
        pong(n - 1)

#--- pongping.mojo
from pingpong import ping


def pong(n: Int):
    print("pong", n)
    if n > 0:
        ping(n - 1)
