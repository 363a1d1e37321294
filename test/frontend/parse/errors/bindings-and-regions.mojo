# RUN: not %ignis build --emit=ast %s 2>&1 | FileCheck %s
# Malformed extensions, MLIR regions and bindings.

__extension Point
    pass

def f():
    __mlir_region r:
        pass
    __mlir_region q(x: Int)
    if g(var y):
        pass
    var a: Int = b = 1
    a, var = 1, 2

# CHECK: bindings-and-regions.mojo:4:18: error: expected ':' after extension declaration
# CHECK: bindings-and-regions.mojo:8:20: error: expected '(' after region name, found ':'
# CHECK-NEXT: {{^    __mlir_region r:$}}
# CHECK-NEXT: {{^                   \^$}}
# CHECK: bindings-and-regions.mojo:10:28: error: expected ':' after region declaration
# CHECK: bindings-and-regions.mojo:11:10: error: expected argument or ')', found 'var'
# CHECK: bindings-and-regions.mojo:13:20: error: expected end of statement, found '='
# CHECK: bindings-and-regions.mojo:14:8: error: expected expression, found 'var'
# CHECK-NOT: error
