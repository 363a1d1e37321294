# RUN: %ignis run %s 2>&1 | FileCheck %s --match-full-lines
# RUN: not %ignis run -D CASE=1 %s 2>&1 | FileCheck %s --check-prefix=AUG --match-full-lines
# `__builtin.call_location()` in an `@always_inline` function is where the
# call to that function starts; passing it on explicitly reaches further out.

from std.sys.param_env import env_get_int


@always_inline
def here() -> _SourceLocation:
    return __builtin.call_location()


@always_inline
def outer() -> _SourceLocation:
    return here()


@always_inline
def outer_caller(unused: Int = 0) -> _SourceLocation:
    return __builtin.call_location()


def main():
    var a = here()
    print(a)
    print(here().line, here().col)
    print(outer())
    print(String(outer_caller()), outer_caller().prefix("message"))
    var l = [1, 2, 3]
    l[1] += 10
    print(l)
    comptime if env_get_int["CASE", 0]() == 1:
        l[3] += 1
# CHECK: safety-call-location.mojo:25:13
# CHECK-NEXT: 27 24
# CHECK-NEXT: safety-call-location.mojo:16:12
# CHECK-NEXT: safety-call-location.mojo:29:18 safety-call-location.mojo:29:35: message
# CHECK-NEXT: [1, 12, 3]
# AUG: safety-call-location.mojo:34:9: index out of bounds: index 3, length 3
