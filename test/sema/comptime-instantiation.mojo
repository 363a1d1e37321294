# RUN: not %ignis build --emit=sema %s 2>&1 | FileCheck %s
# RUN: not %ignis build --emit=sema --instantiation-notes=20 %s 2>&1 | FileCheck %s --check-prefix=ALL
# An error inside a generic instantiation comes first, then the chain of
# instantiations that led to it (capped; --instantiation-notes shows more).

def down[n: Int]() -> Int:
    comptime if n == 0:
        return missing_name
    else:
        return down[n - 1]()


def main():
    print(down[7]())

# CHECK: comptime-instantiation.mojo:8:16: error: use of undefined name 'missing_name'
# CHECK-NEXT: {{^}}        return missing_name
# CHECK: comptime-instantiation.mojo:10:16: note: in instantiation of 'down[0]' called here
# CHECK: comptime-instantiation.mojo:10:16: note: in instantiation of 'down[1]' called here
# CHECK: comptime-instantiation.mojo:10:16: note: in instantiation of 'down[2]' called here
# CHECK: comptime-instantiation.mojo:10:16: note: in instantiation of 'down[3]' called here
# CHECK: comptime-instantiation.mojo:10:16: note: in instantiation of 'down[4]' called here
# CHECK: comptime-instantiation.mojo:10:16: note: 3 more instantiation notes omitted (use --instantiation-notes=N to see more)
# CHECK-NOT: error

# ALL: note: in instantiation of 'down[6]' called here
# ALL: comptime-instantiation.mojo:14:11: note: in instantiation of 'down[7]' called here
# ALL-NOT: omitted
