# RUN: %ignis run %s | FileCheck %s --match-full-lines
# Dict over awkward key patterns (consecutive, multiples of 2**32, negative,
# arithmetic progressions) with deletions and re-insertions across resizes:
# every lookup agrees with what was stored.
from std.collections import Set

def check(label: String, step: Int, n: Int) raises:
    var d = Dict[Int, Int]()
    for i in range(n):
        d[i * step] = i
    for i in range(0, n, 3):
        _ = d.pop(i * step)
    for i in range(0, n, 6):
        d[i * step] = -i
    var ok = 0
    for i in range(n):
        var k = i * step
        if i % 6 == 0:
            ok += 1 if d[k] == -i else 0
        elif i % 3 == 0:
            ok += 1 if k not in d else 0
        else:
            ok += 1 if d[k] == i else 0
        ok += 1 if (k + 1 not in d or step == 1) else 0
    print(label, len(d), ok == 2 * n)

def main() raises:
    check("consecutive", 1, 5000)
    # CHECK: consecutive 4167 True
    check("pow2-32", 1 << 32, 5000)
    # CHECK-NEXT: pow2-32 4167 True
    check("negative", -7, 5000)
    # CHECK-NEXT: negative 4167 True
    check("progression", 2654435761, 20000)
    # CHECK-NEXT: progression 16667 True
    var s = Set[Int]()
    for i in range(1000):
        s.add(i << 40)
    print(len(s), (999 << 40) in s, 12345 in s)
    # CHECK-NEXT: 1000 True False
