# RUN: not %ignis build --emit=sema %s 2>&1 | FileCheck %s
# `self.x: Int = v` parses as an annotated assignment; sema used to assert on
# its target (found by test/tools/lsp/fuzz-edits.py) and now reports it.

struct A:
    var x: Int

    def __init__(out self):
        self.x = 0
        # CHECK: annotated-member-assign.mojo:[[@LINE+1]]:9: error: a type annotation on an assignment to anything but a name is not supported yet
        self.x: Int = 1


def main():
    var a = A()
    print(a.x)
