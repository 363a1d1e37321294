# RUN: not %ignis build --emit=sema %s 2>&1 | FileCheck %s
# A bound spelled through an alias of a trait composition requires every
# trait of it, at the call.

comptime WritableValue = Writable & Copyable


def twice[T: WritableValue](x: T) -> String:
    return String(x) + String(x.copy())


@fieldwise_init
struct OnlyWritable(Writable):
    var a: Int

    def write_to(self, mut w: Some[Writer]):
        w.write("OnlyWritable")


def main():
    # CHECK: trait-alias-bound.mojo:[[@LINE+1]]:11: error: 'OnlyWritable' does not conform to 'Copyable' in call to 'twice'
    print(twice(OnlyWritable(1)))
    # CHECK: trait-alias-bound.mojo:[[@LINE+1]]:39: error: cannot downcast a value of type 'OnlyWritable' to 'Copyable': the type does not conform to it
    _ = trait_downcast[WritableValue](OnlyWritable(2))
