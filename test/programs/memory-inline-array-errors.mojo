# RUN: not %ignis run -D CASE=1 %s 2>&1 | FileCheck %s --check-prefix=COUNT --match-full-lines
# RUN: not %ignis run -D CASE=2 %s 2>&1 | FileCheck %s --check-prefix=BOUNDS --match-full-lines
# RUN: not %ignis run -D CASE=3 %s 2>&1 | FileCheck %s --check-prefix=COPY --match-full-lines
# InlineArray stops the program on a wrong number of values and on an index
# out of bounds; copying a collection of move-only values stops it too.
from std.sys.param_env import env_get_int

struct Tok(Movable):
    var id: Int

    def __init__(out self, id: Int):
        self.id = id

def main():
    comptime case = env_get_int["CASE", 0]()
    comptime if case == 1:
        var a: InlineArray[Int, 3] = [1, 2]
        print(a[0])
    comptime if case == 2:
        var b = InlineArray[Int, 4](fill=1)
        print(b[3])
        print(b[-5])
    comptime if case == 3:
        var l = List[Tok]()
        l.append(Tok(1))
        var c = l.copy()
        print(len(c))
    print("not reached")

# COUNT: InlineArray: 2 values given for a size of 3
# COUNT-NOT: not reached
# BOUNDS: 1
# BOUNDS-NEXT: {{.*}}memory-inline-array-errors.mojo:22:15: index out of bounds: index -5, length 4
# BOUNDS-NOT: not reached
# COPY: cannot copy a value of type Tok: it is not Copyable
# COPY-NOT: not reached
