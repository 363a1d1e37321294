# Int() of a SIMD vector: a compile-time error, the scalar check of __int__.
def main():
    var v = SIMD[DType.int32, 4](1)
    print(Int(v))
