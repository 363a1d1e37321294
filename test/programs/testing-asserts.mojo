# RUN: %ignis run %s 2>&1 | FileCheck %s --match-full-lines
# std.testing's assertions: passing ones print nothing; a failing one raises
# `At FILE:LINE:COL: AssertionError: ...` naming the assertion's call.

from std.testing import assert_true, assert_false, assert_equal, assert_not_equal
from std.testing import assert_almost_equal
from std.reflection import SourceLocation


@fieldwise_init
struct Flag(Boolable):
    var on: Bool

    def __bool__(self) -> Bool:
        return self.on


def passing() raises:
    assert_true(True)
    assert_true(Flag(True), "flag")
    assert_false(Flag(False))
    assert_equal(1, 1)
    assert_equal(True, True)
    assert_equal("abc", "abc")
    assert_equal(String("abc"), "abc")
    assert_equal("abc", String("abc"))
    var text = String("abc")
    assert_equal(text.as_string_slice(), "abc")
    assert_equal(text.as_string_slice(), text.as_string_slice())
    assert_equal(Float32(0.5), Float32(0.5))
    assert_equal(SIMD[DType.int8, 4](1, 2, 3, 4), SIMD[DType.int8, 4](1, 2, 3, 4))
    assert_equal([1, 2, 3], [1, 2, 3])
    var out_host = [Float32(1.0), Float32(2.5)]
    var expected = [Float32(1.0), Float32(2.5)]
    for i in range(len(out_host)):
        assert_equal(out_host[i], expected[i])
    assert_not_equal(1, 2)
    assert_not_equal(String("a"), String("b"))
    assert_almost_equal(Float32(1.0), Float32(1.000001))
    assert_almost_equal(Float64(1.0), Float64(1.1), atol=0.2)
    assert_almost_equal(Float64(100.0), Float64(101.0), rtol=0.02)
    assert_almost_equal(SIMD[DType.float32, 2](1.0, 2.0), SIMD[DType.float32, 2](1.0, 2.00001))
    var nan = Float64(0.0) / Float64(0.0)
    assert_almost_equal(nan, nan, equal_nan=True)
    assert_almost_equal(Int32(7), Int32(7))


def fails(case: Int) raises:
    if case == 0:
        assert_true(1 == 2)
    elif case == 1:
        assert_true(Flag(False), "flag was off")
    elif case == 2:
        assert_false(True)
    elif case == 3:
        assert_equal(1, 2)
    elif case == 4:
        assert_equal(String("abc"), "abd", "strings differ")
    elif case == 5:
        assert_equal(Float32(1.5), Float32(2.25), msg="scalars")
    elif case == 6:
        assert_equal(SIMD[DType.int32, 2](1, 2), SIMD[DType.int32, 2](1, 3))
    elif case == 7:
        assert_equal([1, 2], [1, 3])
    elif case == 8:
        assert_not_equal(5, 5)
    elif case == 9:
        assert_almost_equal(Float32(1.0), Float32(1.1))
    elif case == 10:
        assert_almost_equal(Float64(1.0), Float64(1.5), "too far", rtol=0.1)
    elif case == 11:
        var nan = Float64(0.0) / Float64(0.0)
        assert_almost_equal(nan, nan)
    elif case == 12:
        assert_almost_equal(SIMD[DType.float64, 2](1.0, 2.0), SIMD[DType.float64, 2](1.0, 3.0))
    elif case == 13:
        assert_almost_equal(Int32(3), Int32(4))
    elif case == 14:
        assert_equal(1, 2, location=SourceLocation(7, 3, "elsewhere.mojo"))


def main() raises:
    passing()
    print("all passed")
    for case in range(15):
        try:
            fails(case)
            print("no error", case)
        except e:
            print(e)
# CHECK: all passed
# CHECK-NEXT: At testing-asserts.mojo:50:9: AssertionError: condition was unexpectedly False
# CHECK-NEXT: At testing-asserts.mojo:52:9: AssertionError: flag was off
# CHECK-NEXT: At testing-asserts.mojo:54:9: AssertionError: condition was unexpectedly True
# CHECK-NEXT: At testing-asserts.mojo:56:9: AssertionError: `left == right` comparison failed:
# CHECK-NEXT:    left: 1
# CHECK-NEXT:   right: 2
# CHECK-NEXT: At testing-asserts.mojo:58:9: AssertionError: `left == right` comparison failed:
# CHECK-NEXT:    left: abc
# CHECK-NEXT:   right: abd
# CHECK-NEXT:   reason: strings differ
# CHECK-NEXT: At testing-asserts.mojo:60:9: AssertionError: `left == right` comparison failed:
# CHECK-NEXT:    left: 1.5
# CHECK-NEXT:   right: 2.25
# CHECK-NEXT:   reason: scalars
# CHECK-NEXT: At testing-asserts.mojo:62:9: AssertionError: `left == right` comparison failed:
# CHECK-NEXT:    left: [1, 2]
# CHECK-NEXT:   right: [1, 3]
# CHECK-NEXT: At testing-asserts.mojo:64:9: AssertionError: `left == right` comparison failed:
# CHECK-NEXT:    left: [1, 2]
# CHECK-NEXT:   right: [1, 3]
# CHECK-NEXT: At testing-asserts.mojo:66:9: AssertionError: `left != right` comparison failed:
# CHECK-NEXT:    left: 5
# CHECK-NEXT:   right: 5
# CHECK-NEXT: At testing-asserts.mojo:68:9: AssertionError: 1.0 is not close to 1.1 with a diff of 0.100000024
# CHECK-NEXT: At testing-asserts.mojo:70:9: AssertionError: 1.0 is not close to 1.5 with a diff of 0.5 (too far)
# CHECK-NEXT: At testing-asserts.mojo:73:9: AssertionError: nan is not close to nan with a diff of nan
# CHECK-NEXT: At testing-asserts.mojo:75:9: AssertionError: [1.0, 2.0] is not close to [1.0, 3.0] with a diff of [0.0, 1.0]
# CHECK-NEXT: At testing-asserts.mojo:77:9: AssertionError: 3 is not close to 4 with a diff of 1
# CHECK-NEXT: At elsewhere.mojo:7:3: AssertionError: `left == right` comparison failed:
# CHECK-NEXT:    left: 1
# CHECK-NEXT:   right: 2
