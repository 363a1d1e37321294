# RUN: %ignis run %s | FileCheck %s --match-full-lines
# tile: the static 1D form (sizes tried in list order), the dynamic form
# (a last call with the exact remainder), the primary/secondary form, and
# the 2D form, each logging the tiles it was called with.

from std.algorithm import tile
from std.algorithm.functional import tile as tile_again

def main():
    var log = String()
    @parameter
    def static1[width: Int](i: Int):
        log += String(width) + "@" + String(i) + " "
    tile[static1, [4, 2, 1]](1, 12)
    # CHECK: 4@1 4@5 2@9 1@11
    print(log)

    var log_dyn = String()
    @parameter
    def dyn(i: Int, size: Int):
        log_dyn += String(size) + "@" + String(i) + " "
    tile[dyn](0, 13, 5, 3)
    # CHECK-NEXT: 5@0 5@5 3@10
    print(log_dyn)
    log_dyn = String()
    tile_again[dyn](0, 14, 5, 3)
    # CHECK-NEXT: 5@0 5@5 3@10 1@13
    print(log_dyn)

    var log_bin = String()
    @parameter
    def binary[secondary: Int](i: Int, primary: Int):
        log_bin += String(secondary) + "/" + String(primary) + "@" + String(i) + " "
    tile[[8, 4], 1, binary](0, 28, 10, 6, primary_cleanup_tile=2)
    # CHECK-NEXT: 8/10@0 8/10@10 4/6@20 1/2@26
    print(log_bin)

    var log2 = String()
    @parameter
    def two[tx: Int, ty: Int](x: Int, y: Int):
        log2 += String(tx) + "x" + String(ty) + "@" + String(x) + "," + String(y) + " "
    tile[two, [4, 1], [2, 1]](0, 0, 6, 3)
    # CHECK-NEXT: 4x2@0,0 1x2@4,0 1x2@5,0 4x1@0,2 1x1@4,2 1x1@5,2
    print(log2)

    # Summing through tiles gives the same as a plain loop.
    var total = 0
    @parameter
    def add[width: Int](i: Int):
        for j in range(i, i + width):
            total += j * j
    tile[add, [16, 8, 1]](0, 1000)
    # CHECK-NEXT: 332833500
    print(total)
