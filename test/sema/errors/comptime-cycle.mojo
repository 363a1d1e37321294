# RUN: not %ignis build --emit=sema %s 2>&1 | FileCheck %s
# Compile-time values that depend on themselves are reported once.

comptime A = B + 1
comptime B = A * 2

def main():
    print(A)

# CHECK: comptime-cycle.mojo:4:10: error: compile-time value 'A' depends on itself
# CHECK-NOT: error
