from collections import List

comptime N = 4

fn sum[T: DType, width: Int](v: SIMD[T, width]) -> Scalar[T]:
    return v.reduce_add()

def main():
    var xs = List[Int](1, 2, 3)
    xs.append(0x1F + 0b101 - 0o7)
    var s = r"raw\n" + """triple
quoted""" + 'single'
    print(sum(SIMD[DType.float32, N](1.5)), len(xs), s, `odd name`)
