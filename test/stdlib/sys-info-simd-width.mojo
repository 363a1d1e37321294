# simd_width_of is one function in std.sys.info (as in Mojo): a GPU target
# may be passed positionally or by keyword, and `simd_width_of[dt, target]`
# without a call is a compile-time function value (the layout tensor guide's
# simd-width example). GPU targets load 16 bytes at once.
# RUN: %ignis run %s | FileCheck %s --match-full-lines

from std.sys.info import simd_width_of
from std.sys import simd_width_of as sys_simd_width_of
from std.gpu.host.compile import get_gpu_target


def main():
    comptime simd_width = simd_width_of[DType.float32, get_gpu_target()]
    print(simd_width())
    print(simd_width_of[DType.float64, target=get_gpu_target()]())
    comptime halves = sys_simd_width_of[DType.int16, get_gpu_target()]()
    print(halves)
    # The CPU's register holds at least 16 bytes on every host Ignis targets.
    print(simd_width_of[DType.uint8]() >= 16, simd_width_of[DType.uint8]() == 4 * simd_width_of[DType.float32]())
# CHECK: 4
# CHECK-NEXT: 2
# CHECK-NEXT: 8
# CHECK-NEXT: True True
