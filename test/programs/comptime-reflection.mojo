# RUN: %ignis run %s | FileCheck %s --match-full-lines
# RUN: %ignis run -D FAST -D MODE=release -D N=5 -D V=on %s | FileCheck %s --check-prefix=DEF --match-full-lines
# Reflection and target facts (std.sys), `type_of`, `conforms_to`, and
# `-D` defines read through std.sys.param_env.
from std.sys import size_of, align_of, simd_width_of, get_type_name
from std.sys import is_gpu, is_nvidia_gpu, is_amd_gpu, has_accelerator
from std.sys.param_env import is_defined, env_get_string, env_get_int, env_get_bool


@fieldwise_init
struct Pair(ImplicitlyCopyable):
    var a: Int
    var b: UInt8


@fieldwise_init
struct Named(Writable):
    var n: Int

    def write_to(self, mut writer: Some[Writer]):
        self.n.write_to(writer)


def describe[T: AnyType]() -> String:
    comptime if conforms_to(T, Writable):
        return String(get_type_name[T]()) + " is Writable"
    else:
        return String(get_type_name[T]()) + " is not Writable"


def main():
    print(size_of[Int](), size_of[Pair](), align_of[Pair](), size_of[SIMD[DType.float32, 4]]())
    # CHECK: 8 16 8 16
    # DEF: 8 16 8 16
    print(simd_width_of[DType.float32]() >= 4, simd_width_of[DType.uint8]() >= 16)
    # CHECK-NEXT: True True
    print(get_type_name[Pair](), get_type_name[SIMD[DType.float32, 4]]())
    # CHECK-NEXT: Pair SIMD[DType.float32, 4]
    # Host code is not a kernel; kernels can always run (the cpu device).
    print(is_gpu(), is_nvidia_gpu(), is_amd_gpu(), has_accelerator())
    # CHECK-NEXT: False False False True
    var x = 3.5
    var y: type_of(x) = 2
    print(y, describe[Pair](), describe[Named]())
    # CHECK-NEXT: 2.0 Pair is not Writable Named is Writable
    print(is_defined["FAST"](), env_get_string["MODE", "debug"](), env_get_int["N", 3]() * 2, env_get_bool["V", False]())
    # CHECK-NEXT: False debug 6 False
    # DEF-NEXT: True True
    # DEF-NEXT: Pair SIMD[DType.float32, 4]
    # DEF-NEXT: False False False True
    # DEF-NEXT: 2.0 Pair is not Writable Named is Writable
    # DEF-NEXT: True release 10 True
    comptime N = env_get_int["N", 3]()
    comptime for i in range(N):
        print(i, end=" ")
    print()
    # CHECK-NEXT: 0 1 2
    # DEF-NEXT: 0 1 2 3 4
