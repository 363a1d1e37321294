# RUN: not %ignis build --emit=sema %s 2>&1 | FileCheck %s

def compute(value: Int) -> Int:
    return value * 2

def main():
    var counter = 1
    print(countr)
    print(compte(3))
    print(nothing_like_this)

# CHECK: undefined-name.mojo:8:11: error: use of undefined name 'countr'
# CHECK-NEXT: {{^    print\(countr\)$}}
# CHECK: undefined-name.mojo:8:11: note: did you mean 'counter'?
# CHECK: undefined-name.mojo:9:11: error: use of undefined name 'compte'
# CHECK: undefined-name.mojo:9:11: note: did you mean 'compute'?
# CHECK: undefined-name.mojo:10:11: error: use of undefined name 'nothing_like_this'
# CHECK-NOT: did you mean
