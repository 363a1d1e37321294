# RUN: %ignis build --emit=llvm %s | FileCheck %s --check-prefix=SAFE
# RUN: %ignis build --emit=llvm -D ASSERT=none %s | FileCheck %s --check-prefix=NONE
# With -D ASSERT=none a List subscript compiles to a plain load: no compare,
# no branch and no call of the failure path remain (a negative index is
# still normalised with a select). By default the check is there.

from std.sys import argv


def main():
    var l = [10, 20, 30]
    var i = len(argv())
    print(l[i])

# SAFE-LABEL: define {{.*}}@main(
# SAFE: icmp
# SAFE: br i1
# SAFE: call {{.*}}@_ignis__index_out_of_bounds
# SAFE: ret i32 0

# NONE-LABEL: define {{.*}}@main(
# NONE-NOT: br i1
# NONE-NOT: _index_out_of_bounds
# NONE: ret i32 0
