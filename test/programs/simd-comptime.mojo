# RUN: %ignis run %s | FileCheck %s --match-full-lines --strict-whitespace
# The math and bit-count builtins evaluate at compile time (the
# interpreter's rules in sema/InterpreterBuiltins.cpp).

from std.math import asin, atan2, cbrt, copysign, log10, exp2, isnan, isinf, erf

comptime a = asin(Float64(0.5)) * 6
comptime b = atan2(Float64(1.0), Float64(1.0)) * 4
comptime c = cbrt(Float64(-27.0)) + log10(Float64(1000.0)) + exp2(Float64(10.0))
comptime d = copysign(Float64(2.5), Float64(-0.0))
comptime e = isnan(Float64(0.0) / 0) and not isinf(Float64(1.0))
comptime f = SIMD[DType.uint32, 1](0xF0F0).reduce_bit_count()

def main():
    print(a, b, c, d, e, f)
    # CHECK:3.1415926535897936 3.141592653589793 1024.0 -2.5 True 8
