# RUN: not %ignis run %s 2>&1 | FileCheck %s --match-full-lines
# RUN: %ignis run %s --skip test_fails 2>&1 | FileCheck %s --check-prefix=SKIP --match-full-lines
# TestSuite.discover_tests[__functions_in_module()]() registers the module's
# test_* functions in order; other functions (helpers, main) are left out.

from std.testing import TestSuite, assert_equal, assert_true


def helper(x: Int) -> Int:
    return x * 2


def test_doubles() raises:
    assert_equal(helper(4), 8)


def test_fails() raises:
    print("test_fails runs")
    assert_true(helper(1) == 3, "one doubled is not three")


def test_prints() raises:
    print("test_prints runs")


def main() raises:
    TestSuite.discover_tests[__functions_in_module()]().run()
# CHECK: test_fails runs
# CHECK-NEXT: test_prints runs
# CHECK-NEXT: Unhandled exception caught during execution: 
# CHECK-NEXT: Running 3 tests for testing-discover.mojo
# CHECK-NEXT:     PASS [ {{[0-9]+\.[0-9][0-9][0-9]}} ] test_doubles
# CHECK-NEXT:     FAIL [ {{[0-9]+\.[0-9][0-9][0-9]}} ] test_fails
# CHECK-NEXT:       At testing-discover.mojo:19:5: AssertionError: one doubled is not three
# CHECK-NEXT:     PASS [ {{[0-9]+\.[0-9][0-9][0-9]}} ] test_prints
# CHECK-NEXT: --------
# CHECK-NEXT: Summary [ {{[0-9]+\.[0-9][0-9][0-9]}} ] 3 tests run: 2 passed , 1 failed , 0 skipped
# CHECK-NEXT: Test suite' testing-discover.mojo 'failed!
# SKIP-NOT: test_fails runs
# SKIP: test_prints runs
# SKIP: Running 3 tests for testing-discover.mojo
# SKIP-NEXT:     PASS [ {{[0-9]+\.[0-9][0-9][0-9]}} ] test_doubles
# SKIP-NEXT:     SKIP [ 0.001 ] test_fails
# SKIP-NEXT:     PASS [ {{[0-9]+\.[0-9][0-9][0-9]}} ] test_prints
# SKIP: Summary [ {{[0-9]+\.[0-9][0-9][0-9]}} ] 3 tests run: 2 passed , 0 failed , 1 skipped
