# Every codegen stage can be printed; build and run give the same output.
# RUN: %ignis build --emit=mlir %s | FileCheck %s --check-prefix=MLIR
# RUN: %ignis build --emit=llvm -O2 %s | FileCheck %s --check-prefix=LLVM
# RUN: %ignis build --emit=asm --target-cpu=x86-64 %s | FileCheck %s --check-prefix=ASM
# RUN: %ignis build -O0 %s -o %t.exe && %t.exe | FileCheck %s --check-prefix=OUT
# RUN: %ignis run -O3 %s | FileCheck %s --check-prefix=OUT
# RUN: %ignis %s | FileCheck %s --check-prefix=OUT

def main():
    var total = 0
    for i in range(5):
        total += i
    print("total", total)

# MLIR:      func.func private @ignis_main()
# MLIR:      func.func @main(%arg0: i32, %arg1: !llvm.ptr) -> i32
# MLIR:        llvm.call @ignis_rt_init(%arg0, %arg1)
# LLVM:      define {{.*}}i32 @main(i32
# ASM:       main:
# OUT:       total 10
