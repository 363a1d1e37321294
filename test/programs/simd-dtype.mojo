# RUN: %ignis run %s | FileCheck %s --match-full-lines --strict-whitespace
# DType queries (is_floating_point, is_integral, is_signed, is_unsigned,
# is_numeric, is_half_float, bit_width, size_of) in comptime if and in
# ordinary expressions.

def describe[dt: DType]() -> String:
    comptime if dt.is_floating_point():
        return String("float")
    elif dt.is_unsigned():
        return String("unsigned")
    elif dt.is_integral():
        return String("signed int")
    else:
        return String("bool")

def main():
    print(describe[DType.float16](), describe[DType.uint8](), describe[DType.index](), describe[DType.bool]())
    # CHECK:float unsigned signed int bool
    print(DType.bfloat16.is_floating_point(), DType.bfloat16.is_half_float(), DType.int64.bit_width(), DType.uint16.size_of(), DType.bool.is_numeric())
    # CHECK-NEXT:True True 64 2 False
    print(DType.float32.is_signed(), DType.uint32.is_signed(), DType.int8.is_integral(), DType.float64.is_integral(), DType.index.bit_width())
    # CHECK-NEXT:True False True False 64
    comptime w = DType.float64.bit_width() // 8
    print(w, DType.bool.bit_width(), DType.bool.size_of())
    # CHECK-NEXT:8 1 1
