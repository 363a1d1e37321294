# RUN: not %ignis build --emit=sema %s 2>&1 | FileCheck %s
# trait_downcast[Trait](x): x's type must conform to a trait.

struct Plain:
    var x: Int

    def __init__(out self):
        self.x = 1

def main():
    var p = Plain()
    print(trait_downcast[Writable](p))
    _ = trait_downcast[Int](3)
    _ = trait_downcast[Writable](1, 2)

# CHECK: trait-downcast.mojo:12:36: error: cannot downcast a value of type 'Plain' to 'Writable': the type does not conform to it
# CHECK: trait-downcast.mojo:13:24: error: expected a compile-time trait, found 'Int'
# CHECK: trait-downcast.mojo:14:9: error: 'trait_downcast' takes one trait parameter and one argument: trait_downcast[Trait](value)
