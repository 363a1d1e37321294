# RUN: %ignis run %s | FileCheck %s --match-full-lines
# RUN: %ignis run --target-cpu=x86-64 %s | FileCheck %s --check-prefix=GENERIC --match-full-lines
# std.sys.info target queries: compile-time facts about the target (the
# host: Linux, 64-bit, little endian); CPU features are the host's with
# --target-cpu=native and none otherwise.
from std.sys import is_gpu, CompilationTarget as Target
from std.sys.info import CompilationTarget, is_64bit, is_32bit, is_little_endian, is_big_endian
from std.sys.info import simd_bit_width, simd_byte_width, num_logical_cores, num_physical_cores


def main():
    print(is_gpu(), Target.is_linux(), CompilationTarget.is_macos())
    # CHECK: False True False
    # GENERIC: False True False
    print(is_64bit(), is_32bit(), is_little_endian(), is_big_endian())
    # CHECK-NEXT: True False True False
    # GENERIC-NEXT: True False True False
    comptime if CompilationTarget.is_x86() or CompilationTarget.is_aarch64():
        print("known arch")
    # CHECK-NEXT: known arch
    # GENERIC-NEXT: known arch
    print(simd_bit_width() >= 128, simd_byte_width() * 8 == simd_bit_width())
    # CHECK-NEXT: True True
    # GENERIC-NEXT: True True
    print(CompilationTarget.has_avx2(), CompilationTarget.has_avx512f(), CompilationTarget.has_neon())
    # GENERIC-NEXT: False False False
    comptime if CompilationTarget.has_avx512f():
        comptime assert CompilationTarget.has_avx2(), "avx512f implies avx2"
    print(num_logical_cores() >= 1, num_physical_cores() >= 1)
    # CHECK: True True
    # GENERIC-NEXT: True True
