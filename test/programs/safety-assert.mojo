# RUN: not %ignis run %s 2>&1 | FileCheck %s --check-prefix=SAFE --match-full-lines
# RUN: not %ignis run -D ASSERT=safe %s 2>&1 | FileCheck %s --check-prefix=SAFE --match-full-lines
# RUN: not %ignis run -D ASSERT=all %s 2>&1 | FileCheck %s --check-prefix=SAFE --match-full-lines
# RUN: %ignis run -D ASSERT=warn %s 2>&1 | FileCheck %s --check-prefix=WARN --match-full-lines
# RUN: %ignis run -D ASSERT=none %s 2>&1 | FileCheck %s --check-prefix=NONE --match-full-lines
# RUN: not %ignis run -D ASSERT=bogus %s 2>&1 | FileCheck %s --check-prefix=BAD --match-full-lines
# `assert` statements and bounds checks follow -D ASSERT: safe (the default)
# and all stop the program at the first failure, warn prints each failure
# and goes on, none removes them (conditions are not evaluated).


def check(x: Int) -> Bool:
    print("evaluated", x)
    return x > 0


def main():
    assert check(1), "one"
    print("after one")
    assert check(-1), "minus one"
    print("after minus one")
    var n = 7
    assert n < 5, String("n is ") + String(n)
    assert n < 5, n
    print("after n")
    var l = [1, 2, 3]
    l.reserve(8)
    l[3] = 4
    print("end")
# SAFE: evaluated 1
# SAFE-NEXT: after one
# SAFE-NEXT: evaluated -1
# SAFE-NEXT: safety-assert.mojo:20:5: AssertionError: minus one
# SAFE-NOT: after minus one
# WARN: evaluated 1
# WARN-NEXT: after one
# WARN-NEXT: evaluated -1
# WARN-NEXT: safety-assert.mojo:20:5: AssertionError: minus one
# WARN-NEXT: after minus one
# WARN-NEXT: safety-assert.mojo:23:5: AssertionError: n is 7
# WARN-NEXT: safety-assert.mojo:24:5: AssertionError: 7
# WARN-NEXT: after n
# WARN-NEXT: safety-assert.mojo:28:5: index out of bounds: index 3, length 3
# WARN-NEXT: end
# NONE: after one
# NONE-NEXT: after minus one
# NONE-NEXT: after n
# NONE-NEXT: end
# BAD: ignis: error: unknown assertion mode '-D ASSERT=bogus' (expected 'safe', 'all', 'none' or 'warn')
