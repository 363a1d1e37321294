# RUN: %ignis run %s | FileCheck %s --match-full-lines
# RUN: %ignis build %s -o %t.exe
# RUN: env IGNIS_NUM_THREADS=1 %t.exe | FileCheck %s --match-full-lines
# RUN: env IGNIS_NUM_THREADS=4 %t.exe | FileCheck %s --match-full-lines
# parallelize on the thread pool: every item runs exactly once (each writes
# its own slot, so the sums are deterministic), over many loops in a row,
# with uneven items, nested loops (the inner one runs inline), captures
# of several variables, and zero or one item.

from std.algorithm import parallelize, sync_parallelize, num_workers

def main():
    var n = 1000
    var out = alloc[Int](n)
    var scale = 3
    var offset = 7

    # Many loops back to back.
    var grand = 0
    for rep in range(50):
        def item(i: Int):
            out[i] = i * scale + offset + rep
        parallelize[item](n)
        for i in range(n):
            grand += out[i]
    print(grand)

    # Uneven items: item i loops i times.
    def uneven(i: Int):
        var acc = 0
        for k in range(i):
            acc += k % 7
        out[i] = acc
    parallelize[uneven](n)
    var total = 0
    for i in range(n):
        total += out[i]
    print(total)

    # Nested: each outer item runs an inner parallel loop over its row.
    var grid = alloc[Int](40 * 25)
    def row(r: Int):
        def cell(c: Int):
            grid[r * 25 + c] = r * 100 + c
        parallelize[cell](25)
    sync_parallelize[row](40)
    var gsum = 0
    for i in range(40 * 25):
        gsum += grid[i]
    print(gsum)

    # Zero and one item.
    var calls = 0
    def once(i: Int):
        calls += 1 + i
    parallelize[once](0)
    parallelize[once](1)
    print(calls)
    print(num_workers() >= 1)
    out.free()
    grid.free()

# CHECK: 76500000
# CHECK-NEXT: 1494499
# CHECK-NEXT: 1962000
# CHECK-NEXT: 1
# CHECK-NEXT: True
