# RUN: not %ignis build --emit=sema %s 2>&1 | FileCheck %s --implicit-check-not=error:
# Misuse of caller locations and slices: located errors, no cascades.

def where() -> _SourceLocation:
    return __builtin.call_location()


@always_inline
def two() -> _SourceLocation:
    return __builtin.call_location(1)


struct T:
    var x: Int

    def __init__(out self, x: Int):
        self.x = x

    @always_inline
    def __del__(deinit self):
        print(__builtin.call_location())


def main():
    var l = [1, 2, 3]
    print(l["a":2])
    var d = {1: 2}
    print(d[1:2])

# CHECK: safety.mojo:5:12: error: '__builtin.call_location()' is only allowed in an '@always_inline' function
# CHECK: safety.mojo:10:12: error: '__builtin.call_location' takes 0 parameter(s), but 1 were given
# CHECK: safety.mojo:21:15: error: '__builtin.call_location()' is not available in a destructor or a copy or move constructor (the compiler calls them)
# CHECK: safety.mojo:26:13: error: no matching function in call to 'ContiguousSlice'
# CHECK: note: candidate '__init__(start: Optional[Int], end: Optional[Int])' not viable: cannot convert a value of type 'StringLiteral' to 'Optional[Int]' for argument 'start' of '__init__'
# CHECK: safety.mojo:28:13: error: cannot convert a value of type 'ContiguousSlice' to 'Int' for argument 'key' of '__getitem__'
