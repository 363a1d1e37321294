# RUN: not %ignis run %s 2>&1 | FileCheck %s --match-full-lines
# std.os.abort(message) prints "ABORT: FILE:LINE:COL: message" (the call's
# location) on stdout and ends the program with a failure status.
from std.os import abort


def check(value: Int) -> Int:
    if value < 0:
        abort("negative value")
    return value


def main():
    print(check(1))
    # CHECK: 1
    print(check(-1))
    # CHECK-NEXT: ABORT: {{.*}}stdlib-os-abort.mojo:9:9: negative value
    print("not reached")
    # CHECK-NOT: not reached
