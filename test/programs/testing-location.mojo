# RUN: %ignis run %s 2>&1 | FileCheck %s --match-full-lines
# std.reflection: source_location() is where it is written; call_location()
# in an `@always_inline` function is where that function was called, so a
# helper built on the assertions reports its caller.

from std.reflection import call_location, source_location, SourceLocation
from std.testing import assert_true


@always_inline
def where_called() -> SourceLocation:
    return call_location()


@always_inline
def check_positive(x: Int) raises:
    assert_true(x > 0, "not positive", location=call_location())


def main():
    var here = source_location()
    print(here)
    print(here.line(), here.column(), here.file_name())
    print(here.prefix("message"))
    print(where_called())
    try:
        check_positive(1)
        check_positive(-1)
    except e:
        print(e)
# CHECK: testing-location.mojo:21:16
# CHECK-NEXT: 21 16 testing-location.mojo
# CHECK-NEXT: At testing-location.mojo:21:16: message
# CHECK-NEXT: testing-location.mojo:25:11
# CHECK-NEXT: At testing-location.mojo:28:9: AssertionError: not positive
