def add(a: Int, b: Int) -> Int:
    var s = a + b
    return s


def main():
    var x = 5
    var f = 2.5
    var flag = True
    var y = add(x, 3)
    print(x, f, flag, y)
    x = y * 2
    print(x)

# -g -O0 under gdb: a file:line breakpoint, scalar locals printed as
# numbers, `next` to the following line, `step` into a call and back. The
# program is at the top so that its line numbers stay put.
#
# REQUIRES: gdb
# RUN: rm -rf %t && mkdir -p %t
# RUN: %ignis build -g -O0 %s -o %t/prog
# RUN: gdb -nx -batch -ex 'break debug-gdb.mojo:10' -ex run \
# RUN:     -ex 'print x' -ex 'print f' -ex 'print flag' -ex 'ptype x' \
# RUN:     -ex 'ptype f' -ex 'ptype flag' -ex 'info line' \
# RUN:     -ex step -ex 'info args' -ex next -ex 'print s' -ex finish \
# RUN:     -ex next -ex 'info line' -ex 'print y' \
# RUN:     -ex 'break debug-gdb.mojo:13' -ex continue -ex 'print x' \
# RUN:     -ex 'print f * 2' -ex continue \
# RUN:     %t/prog 2>&1 | FileCheck %s

# CHECK:      Breakpoint 1 at {{.*}}: file {{.*}}debug-gdb.mojo, line 10.
# CHECK:      Breakpoint 1, main () at {{.*}}debug-gdb.mojo:10
# CHECK-NEXT: 10{{[[:space:]]+}}var y = add(x, 3)
# CHECK-NEXT: $1 = 5
# CHECK-NEXT: $2 = 2.5
# CHECK-NEXT: $3 = true
# CHECK-NEXT: type = Int
# CHECK-NEXT: type = Float64
# CHECK-NEXT: type = Bool
# CHECK-NEXT: Line 10 of "{{.*}}debug-gdb.mojo"
# `step` enters add with its arguments in place, `next` goes to line 3.
# CHECK-NEXT: add (a=5, b=3) at {{.*}}debug-gdb.mojo:2
# CHECK-NEXT: 2{{[[:space:]]+}}var s = a + b
# CHECK-NEXT: a = 5
# CHECK-NEXT: b = 3
# CHECK-NEXT: 3{{[[:space:]]+}}return s
# CHECK-NEXT: $4 = 8
# `finish` returns to the call's line with add's result.
# CHECK-NEXT: main () at {{.*}}debug-gdb.mojo:10
# CHECK:      Value returned is $5 = 8
# CHECK-NEXT: 11{{[[:space:]]+}}print(x, f, flag, y)
# CHECK-NEXT: Line 11 of "{{.*}}debug-gdb.mojo"
# CHECK-NEXT: $6 = 8
# CHECK:      Breakpoint 2 at {{.*}}: file {{.*}}debug-gdb.mojo, line 13.
# CHECK:      Breakpoint 2, main () at {{.*}}debug-gdb.mojo:13
# CHECK-NEXT: 13{{[[:space:]]+}}print(x)
# CHECK-NEXT: $7 = 16
# CHECK-NEXT: $8 = 5
# CHECK:      exited normally
