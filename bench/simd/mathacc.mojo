# Speed and accuracy of std.math on SIMD[DType.float32, 8]: for each
# function, the CPU time of 2^22 evaluations (8 lanes at a time) and the
# largest error in float32 ulps against the float64 function over 2^20
# evenly spaced points of its range. run.sh builds it twice: with the
# default lowering (MLIR polynomial approximations) and with
# IGNIS_VECTOR_MATH=libm (one libm call per lane).
from std.math import floor, tan, exp, log, sin, cos, tanh, atan, erf, log2, expm1, log1p, asin, acos, exp2

comptime W = 8
comptime V32 = SIMD[DType.float32, W]
comptime V64 = SIMD[DType.float64, W]


def cpu_us() -> Int:
    return Int(raw=__builtin.cast[DType.index](__builtin.external_call["clock", __builtin.simd[DType.int64, 1]]()))


def f32[which: Int](x: V32) -> V32:
    comptime if which == 0:
        return exp(x)
    elif which == 1:
        return log(x)
    elif which == 2:
        return sin(x)
    elif which == 3:
        return cos(x)
    elif which == 4:
        return tanh(x)
    elif which == 5:
        return atan(x)
    elif which == 6:
        return erf(x)
    elif which == 7:
        return log2(x)
    elif which == 8:
        return expm1(x)
    elif which == 9:
        return log1p(x)
    elif which == 10:
        return asin(x)
    elif which == 11:
        return acos(x)
    elif which == 12:
        return exp2(x)
    else:
        return tan(x)


def f64[which: Int](x: V64) -> V64:
    comptime if which == 0:
        return exp(x)
    elif which == 1:
        return log(x)
    elif which == 2:
        return sin(x)
    elif which == 3:
        return cos(x)
    elif which == 4:
        return tanh(x)
    elif which == 5:
        return atan(x)
    elif which == 6:
        return erf(x)
    elif which == 7:
        return log2(x)
    elif which == 8:
        return expm1(x)
    elif which == 9:
        return log1p(x)
    elif which == 10:
        return asin(x)
    elif which == 11:
        return acos(x)
    elif which == 12:
        return exp2(x)
    else:
        return tan(x)


def measure[which: Int](name: String, lo: Float64, hi: Float64):
    var n = 1 << 20
    var lanes = V64(0, 1, 2, 3, 4, 5, 6, 7)
    var worst = 0.0
    var worst_x = 0.0
    for i in range(0, n, W):
        var x = (V64(lo) + V64(hi - lo) * (lanes + V64(Float64(i))) / V64(Float64(n))).cast[DType.float32]()
        var got = f32[which](x).cast[DType.float64]()
        var want = f64[which](x.cast[DType.float64]())
        # One float32 ulp at want: 2^(exponent - 23), with subnormals at 2^-149.
        var mag = max(abs(want), V64(1.1754943508222875e-38))
        var ulp = exp2(floor(log2(mag)) - 23)
        var err = abs(got - want) / ulp
        for k in range(W):
            if err[k] > worst:
                worst = Float64(err[k])
                worst_x = Float64(x[k])
    var acc = V32(0)
    var step = V32(Float32((hi - lo) / 4096.0))
    var t0 = cpu_us()
    for rep in range(512):
        var x = V32(Float32(lo)) + step * (lanes.cast[DType.float32]() + V32(Float32(rep * 8)))
        for _ in range(1024):
            acc += f32[which](x)
            x = x + step * 0.001
    var t1 = cpu_us()
    var ns = Float64(t1 - t0) * 1000.0 / Float64(512 * 1024 * W)
    print(name, "max_ulp:", round(worst * 100) / 100, "at", worst_x, " ns/value:", round(ns * 100) / 100, " (", acc.reduce_add() > 1e30, ")")


def main():
    measure[0]("exp  ", -80.0, 80.0)
    measure[1]("log  ", 1e-30, 1e30)
    measure[2]("sin  ", -100.0, 100.0)
    measure[3]("cos  ", -100.0, 100.0)
    measure[4]("tanh ", -10.0, 10.0)
    measure[5]("atan ", -100.0, 100.0)
    measure[6]("erf  ", -4.0, 4.0)
    measure[7]("log2 ", 1e-30, 1e30)
    measure[8]("expm1", -10.0, 10.0)
    measure[9]("log1p", -0.9, 100.0)
    measure[10]("asin ", -1.0, 1.0)
    measure[11]("acos ", -1.0, 1.0)
    measure[12]("exp2 ", -100.0, 100.0)
    measure[13]("tan  ", -100.0, 100.0)
