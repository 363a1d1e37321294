# RUN: not %ignis build %s 2>&1 | FileCheck %s

def main():
    x =
    y = )
    print(1,, 2)
    z = a +
    a < b = 1
    1 = w
    a + b += 1
    v = x if c
    obj. = 3

# CHECK: expressions.mojo:4:8: error: expected expression, found end of line
# CHECK: expressions.mojo:5:9: error: expected expression, found ')'
# CHECK: expressions.mojo:6:13: error: expected argument or ')', found ','
# CHECK: expressions.mojo:7:12: error: expected expression, found end of line
# CHECK: expressions.mojo:8:5: error: cannot assign to a comparison
# CHECK: expressions.mojo:9:5: error: cannot assign to a literal
# CHECK: expressions.mojo:10:5: error: cannot assign to an expression
# CHECK: expressions.mojo:11:15: error: expected 'else' in conditional expression, found end of line
# CHECK: expressions.mojo:12:10: error: expected member name after '.', found '='
# CHECK-NOT: error
