# RUN: %ignis run %s 2>&1 | FileCheck %s
# `@parameter if/for` still work, with a deprecation warning each.

def main():
    @parameter
    if 1 < 2:
        print("taken")
    else:
        print("never")
    @parameter
    for i in range(2):
        print(i)

# CHECK: comptime-legacy.mojo:5:5: warning: '@parameter' is deprecated; use 'comptime'
# CHECK: comptime-legacy.mojo:10:5: warning: '@parameter' is deprecated; use 'comptime'
# CHECK: taken
# CHECK-NEXT: 0
# CHECK-NEXT: 1
