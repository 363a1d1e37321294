# RUN: %ignis run %s | FileCheck %s --match-full-lines
# `is` / `is not`: against None the answer follows from the types; other
# values use their __is__ method; an Optional answers `is None` and
# `is not None` through its __is__/__isnot__ (whether it holds a value).

@fieldwise_init
struct Handle:
    var id: Int

    def __is__(self, other: Handle) -> Bool:
        return self.id == other.id

def main():
    var x = 5
    print(x is None, x is not None, None is None)
    # CHECK: False True True
    var a = Handle(1)
    var b = Handle(1)
    var c = Handle(2)
    print(a is b, a is c, a is not c)
    # CHECK-NEXT: True False True
    var opt: Optional[Int] = None
    print(opt is None, opt is not None)
    # CHECK-NEXT: True False
    opt = 42
    print(opt is None, opt is not None)
    # CHECK-NEXT: False True
