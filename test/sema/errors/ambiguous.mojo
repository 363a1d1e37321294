# RUN: not %ignis build --emit=sema %s 2>&1 | FileCheck %s

def pick(a: Int, b: Float64) -> Int:
    return 1

def pick(a: Float64, b: Int) -> Int:
    return 2

def main():
    print(pick(1, 2))

# CHECK: ambiguous.mojo:10:11: error: ambiguous call to 'pick'
# CHECK: ambiguous.mojo:3:5: note: candidate: pick(a: Int, b: Float64)
# CHECK: ambiguous.mojo:6:5: note: candidate: pick(a: Float64, b: Int)
