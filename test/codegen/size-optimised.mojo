# Writing values as text and the stdlib's test assertions are cold: they are
# built for size (optsize) and stay calls (noinline), and a function only
# they call is built for size too. Hot code is left as it was, and the
# program prints the same.
# RUN: %ignis build -O2 --emit=llvm %s -o %t.ll
# RUN: FileCheck %s --check-prefix=WRITE < %t.ll
# RUN: FileCheck %s --check-prefix=HELPER < %t.ll
# RUN: FileCheck %s --check-prefix=HOT < %t.ll
# RUN: %ignis run %s | FileCheck %s
# WRITE: define {{.*}}@{{[^ ]*}}Point_write_to{{[^ ]*}}{{.*}} #[[A:[0-9]+]] {
# WRITE: attributes #[[A]] = { {{.*}}noinline{{.*}}optsize
# HELPER: define {{.*}}@{{[^ ]*}}coordinate_text{{[^ ]*}}{{.*}} #[[A:[0-9]+]] {
# HELPER: attributes #[[A]] = { {{.*}}noinline{{.*}}optsize
# HOT: define {{.*}}@{{[^ ]*}}hot_sum{{[^ ]*}}{{.*}} #[[A:[0-9]+]] {
# HOT: attributes #[[A]] = { {{.*}}noinline
# HOT-NOT: optsize
# HOT: attributes
# O0 leaves attributes alone.
# RUN: %ignis build -O0 --emit=llvm %s -o %t0.ll
# RUN: not grep optsize %t0.ll
# CHECK: Point(3, 4)
# CHECK: 4950


@no_inline
def coordinate_text(v: Int) -> String:
    # Only Point.write_to calls this.
    return String(v)


@fieldwise_init
struct Point(Writable):
    var x: Int
    var y: Int

    def write_to(self, mut writer: Some[Writer]):
        writer.write("Point(", coordinate_text(self.x), ", ",
                     coordinate_text(self.y), ")")


@no_inline
def hot_sum(n: Int) -> Int:
    var s = 0
    for i in range(n):
        s += i
    return s


def main():
    print(Point(3, 4))
    print(hot_sum(100))
