# RUN: not %ignis build --emit=sema %s 2>&1 | FileCheck %s

trait Drawable:
    def draw(self) -> String:
        ...

    def name(self) -> String:
        return "thing"

struct Square(Drawable):
    var side: Int

struct Circle(Drawable):
    var radius: Int

    def draw(self) -> String:
        return "o"

def show[T: Drawable](x: T) -> String:
    return x.draw()

def main():
    print(show(3))

# CHECK: traits.mojo:10:8: error: struct 'Square' does not implement 'draw', required by trait 'Drawable'
# CHECK-NEXT: {{^struct Square\(Drawable\):$}}
# CHECK: traits.mojo:4:9: note: 'draw' is required here
# CHECK-NOT: 'Circle'
# CHECK: traits.mojo:23:11: error: 'Int' does not conform to 'Drawable' in call to 'show'
