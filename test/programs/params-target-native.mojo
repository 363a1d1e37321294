# REQUIRES: avx512f
# RUN: %ignis run %s | FileCheck %s --match-full-lines
# RUN: %ignis run --target-cpu=x86-64-v2 %s | FileCheck %s --check-prefix=V2 --match-full-lines
# On a machine with AVX-512 (lit feature avx512f, from /proc/cpuinfo), the
# default --target-cpu=native reports the host's extensions to the
# program; an explicit baseline CPU reports none of them.
from std.sys.info import CompilationTarget


def main():
    print(CompilationTarget.has_avx2(), CompilationTarget.has_avx512f())
    # CHECK: True True
    # V2: False False
