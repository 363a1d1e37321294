# RUN: not %ignis build --emit=sema %s 2>&1 | FileCheck %s
# The storage builtins behind InlineArray and Pointer reject what they
# cannot lower; a move-only type is not Copyable for generic bounds.

struct Tok(Movable):
    var id: Int

    def __init__(out self, id: Int):
        self.id = id

def dup[T: Copyable](x: T) -> T:
    return x.copy()

def main():
    var p = __builtin.address_of(1 + 2)
    var a = __builtin.uninit[__builtin.array[Int, -1]]()
    var t = dup(Tok(1))

# CHECK: memory-builtins.mojo:15:34: error: '__builtin.address_of' needs a variable, a field or a dereference, not a temporary value
# CHECK: memory-builtins.mojo:16:30: error: an inline array holds between 0 and 4294967295 values, not -1
# CHECK: memory-builtins.mojo:17:13: error: 'Tok' does not conform to 'Copyable' in call to 'dup'
