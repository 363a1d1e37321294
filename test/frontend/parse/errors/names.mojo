# RUN: not %ignis build %s 2>&1 | FileCheck %s

def if():
    pass
var while = 1
class Foo:
    pass
def ok(a: Int, b: Int = 1, c: Int):
    pass
def g(x: Int) -> :
    pass

# CHECK: names.mojo:3:5: error: 'if' is a reserved keyword and cannot be used as a name
# CHECK: names.mojo:5:5: error: 'while' is a reserved keyword and cannot be used as a name
# CHECK: names.mojo:6:1: error: classes are not supported; use 'struct'
# CHECK: names.mojo:8:28: error: argument without a default follows an argument with a default
# CHECK: names.mojo:10:18: error: expected expression, found ':'
# CHECK-NOT: error
