# RUN: not %ignis build --emit=sema %s 2>&1 | FileCheck %s
# Located errors for SIMD lane operations out of range (reported in the
# library with the caller's line in the note), for ordered comparisons of
# vectors (the lane-wise methods give masks) and for DType methods.

def main():
    var v = SIMD[DType.int32, 4](1, 2, 3, 4)
    print(v.shuffle[0, 1, 2, 9]())
    print(v.slice[3, offset=2]())
    print(DType.int8.is_fancy())
    print(DType.int8.bit_width(3))
    print(v < v)

# CHECK: simd-errors.mojo:10:22: error: 'DType' has no member named 'is_fancy'
# CHECK: simd-errors.mojo:11:32: error: too many arguments in call to 'bit_width': expected at most 0, got 1
# CHECK: simd.mojo:{{[0-9]+}}:{{[0-9]+}}: error: invalid SIMD lane operation: lane index 9 outside 0...3
# CHECK: simd-errors.mojo:8:11: note: in instantiation of 'SIMD[DType.int32, 4].shuffle[0, 1, 2, 9]' called here
# CHECK: simd.mojo:{{[0-9]+}}:{{[0-9]+}}: error: invalid SIMD lane operation: slice of 3 lanes at offset 2 of a 4-lane vector
# CHECK: simd-errors.mojo:9:11: note: in instantiation of 'SIMD[DType.int32, 4].slice[3, 2]' called here
# CHECK: simd.mojo:{{[0-9]+}}:{{[0-9]+}}: error: compile-time assertion failed: '<' compares scalars; use .lt() for a lane-by-lane mask
# CHECK: simd-errors.mojo:12:11: note: in instantiation of 'SIMD[DType.int32, 4].__lt__' called here
