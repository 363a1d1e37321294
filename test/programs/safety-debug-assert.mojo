# RUN: not %ignis run %s 2>&1 | FileCheck %s --check-prefix=SAFE --match-full-lines
# RUN: not %ignis run -D ASSERT=all %s 2>&1 | FileCheck %s --check-prefix=ALL --match-full-lines
# RUN: %ignis run -D ASSERT=warn %s 2>&1 | FileCheck %s --check-prefix=WARN --match-full-lines
# RUN: %ignis run -D ASSERT=none %s 2>&1 | FileCheck %s --check-prefix=NONE --match-full-lines
# debug_assert follows -D ASSERT as Mojo's does: a plain debug_assert is
# checked only with all (and warn); assert_mode="safe" is checked by default.


def main():
    var x = 0
    debug_assert[assert_mode="safe"](x == 0, "x is zero")
    print("safe passed")
    debug_assert(x > 0, "x should be positive, got ", x)
    print("after plain")
    debug_assert(x > 0)
    print("after bare")
    debug_assert[assert_mode="safe"](x > 0, String("safe check: x = ") + String(x))
    print("end")
# SAFE: safe passed
# SAFE-NEXT: after plain
# SAFE-NEXT: after bare
# SAFE-NEXT: safety-debug-assert.mojo:17:5: AssertionError: safe check: x = 0
# SAFE-NOT: end
# ALL: safe passed
# ALL-NEXT: safety-debug-assert.mojo:13:5: AssertionError: x should be positive, got 0
# ALL-NOT: after plain
# WARN: safe passed
# WARN-NEXT: safety-debug-assert.mojo:13:5: AssertionError: x should be positive, got 0
# WARN-NEXT: after plain
# WARN-NEXT: safety-debug-assert.mojo:15:5: AssertionError: assertion failed
# WARN-NEXT: after bare
# WARN-NEXT: safety-debug-assert.mojo:17:5: AssertionError: safe check: x = 0
# WARN-NEXT: end
# NONE: safe passed
# NONE-NEXT: after plain
# NONE-NEXT: after bare
# NONE-NEXT: end
