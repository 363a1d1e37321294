# A package on the -I path: __init__.mojo re-exporting from its modules,
# a module importing its sibling with `from . import`, and a program using
# `import pkg`, `from pkg.mod import X as Y, f`, `import pkg.mod as m`,
# `from pkg import mod` (a submodule through `from`), `from pkg.mod import *`,
# package-level comptime values and types through the package name.
# RUN: rm -rf %t && split-file %s %t
# RUN: %ignis run -I %t/lib %t/app/main.mojo | FileCheck %s --match-full-lines
# RUN: %ignis run -I%t/lib %t/app/main.mojo | FileCheck %s --match-full-lines
# RUN: %ignis build -I %t/lib %t/app/main.mojo -o %t/main.exe
# RUN: %t/main.exe | FileCheck %s --match-full-lines

# CHECK:      Square(4) 16 3
# CHECK-NEXT: 25 8 27
# CHECK-NEXT: 4 9
# CHECK-NEXT: 36 125 -1
# CHECK-NEXT: 25 Square(5)
# CHECK-NOT:  {{.+}}

#--- lib/geom/__init__.mojo
from .shapes import Square, area_of

comptime VERSION = 3

#--- lib/geom/shapes.mojo
from . import util


@fieldwise_init
struct Square(Writable):
    var side: Int

    def area(self) -> Int:
        return util.square(self.side)

    def write_to(self, mut writer: Some[Writer]):
        writer.write_str("Square(")
        self.side.write_to(writer)
        writer.write_str(")")


def area_of(s: Square) -> Int:
    return s.area()

#--- lib/geom/util.mojo
comptime SENTINEL = -1


def square(x: Int) -> Int:
    return x * x


def cube(x: Int) -> Int:
    return x * square(x)


def _private() -> Int:
    return 0

#--- app/main.mojo
import geom
from geom.shapes import Square as Sq, area_of
from geom.util import cube as c3, square
import geom.util as gu
from geom import util
from geom.util import *


def main():
    var s = Sq(4)
    print(s, area_of(s), geom.VERSION)
    print(square(5), c3(2), gu.cube(3))
    print(geom.Square(2).area(), geom.area_of(geom.Square(3)))
    print(util.square(6), cube(5), SENTINEL)
    var t: geom.Square = geom.Square(5)
    print(t.area(), t)
