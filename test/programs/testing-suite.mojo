# RUN: %ignis run %s 2>&1 | FileCheck %s --match-full-lines
# RUN: not %ignis run -D FAIL=1 %s 2>&1 | FileCheck %s --check-prefix=FAIL --match-full-lines
# RUN: %ignis run %s --only test_add 2>&1 | FileCheck %s --check-prefix=ONLY --match-full-lines
# RUN: not %ignis run %s --bogus 2>&1 | FileCheck %s --check-prefix=BAD --match-full-lines
# TestSuite: test[f]() registers a test, skip[f]() skips one, run() prints
# Mojo's report; a failed test makes run() raise the report (exit status 1).

from std.sys.param_env import env_get_int
from std.testing import TestSuite, assert_equal, assert_true


def test_add() raises:
    assert_equal(1 + 1, 2)


def test_sub() raises:
    assert_equal(3 - 1, 1, "subtraction")


def test_skipped() raises:
    assert_true(False)


def main() raises:
    var suite = TestSuite()
    suite.test[test_add]()
    comptime if env_get_int["FAIL", 0]() == 1:
        suite.test[test_sub]()
    suite.test[test_skipped]()
    suite.skip[test_skipped]()
    suite^.run()
    print("after run")
# CHECK: Running 2 tests for testing-suite.mojo
# CHECK-NEXT:     PASS [ {{[0-9]+\.[0-9][0-9][0-9]}} ] test_add
# CHECK-NEXT:     SKIP [ 0.001 ] test_skipped
# CHECK-NEXT: --------
# CHECK-NEXT: Summary [ {{[0-9]+\.[0-9][0-9][0-9]}} ] 2 tests run: 1 passed , 0 failed , 1 skipped
# CHECK-EMPTY:
# CHECK-NEXT: after run
# FAIL: Unhandled exception caught during execution: 
# FAIL-NEXT: Running 3 tests for testing-suite.mojo
# FAIL-NEXT:     PASS [ {{[0-9]+\.[0-9][0-9][0-9]}} ] test_add
# FAIL-NEXT:     FAIL [ {{[0-9]+\.[0-9][0-9][0-9]}} ] test_sub
# FAIL-NEXT:       At testing-suite.mojo:17:5: AssertionError: `left == right` comparison failed:
# FAIL-NEXT:          left: 2
# FAIL-NEXT:         right: 1
# FAIL-NEXT:         reason: subtraction
# FAIL-NEXT:     SKIP [ 0.001 ] test_skipped
# FAIL-NEXT: --------
# FAIL-NEXT: Summary [ {{[0-9]+\.[0-9][0-9][0-9]}} ] 3 tests run: 1 passed , 1 failed , 1 skipped
# FAIL-NEXT: Test suite' testing-suite.mojo 'failed!
# FAIL-NOT: after run
# ONLY: Running 2 tests for testing-suite.mojo
# ONLY-NEXT:     PASS [ {{[0-9]+\.[0-9][0-9][0-9]}} ] test_add
# ONLY-NEXT:     SKIP [ 0.001 ] test_skipped
# BAD: Unhandled exception caught during execution: invalid argument: --bogus (expected '--only' or '--skip')
