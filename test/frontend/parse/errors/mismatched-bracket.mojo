# RUN: not %ignis build %s 2>&1 | FileCheck %s

def main():
    foo(1, 2]
    x = [1, (2, 3]]
    y = {1: 2)

# CHECK: mismatched-bracket.mojo:4:13: error: expected ')', found ']'
# CHECK: mismatched-bracket.mojo:4:8: note: to match this '('
# CHECK: mismatched-bracket.mojo:5:18: error: expected ')', found ']'
# CHECK: mismatched-bracket.mojo:5:13: note: to match this '('
# CHECK: mismatched-bracket.mojo:6:14: error: expected '}', found ')'
# CHECK: mismatched-bracket.mojo:6:9: note: to match this '{'
# CHECK-NOT: error
