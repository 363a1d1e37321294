# RUN: not %ignis build --emit=sema %s 2>&1 | FileCheck %s

def takes_int(x: Int) -> Int:
    return x

def main():
    var s: String = 5
    var n: Int = "five"
    takes_int(2.5)
    var ok = takes_int(s)

# CHECK: type-mismatch.mojo:7:21: error: cannot convert a value of type 'IntLiteral' to 'String'
# CHECK-NEXT: {{^    var s: String = 5$}}
# CHECK-NEXT: {{^                    \^$}}
# CHECK: type-mismatch.mojo:8:18: error: cannot convert a value of type 'StringLiteral' to 'Int'
# CHECK: type-mismatch.mojo:9:15: error: cannot convert a value of type 'FloatLiteral' to 'Int' for argument 'x' of 'takes_int'
# CHECK: type-mismatch.mojo:3:5: note: 'takes_int(x: Int)' is declared here
# CHECK: type-mismatch.mojo:10:24: error: cannot convert a value of type 'String' to 'Int' for argument 'x' of 'takes_int'
