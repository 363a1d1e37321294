# RUN: not %ignis build %s 2>&1 | FileCheck %s
# `var x` / `ref x` declare names only inside assignment targets;
# `__mlir_region` parses but is not supported.

def main():
    var y = var z
    a, b = (1, var w)
    __mlir_region r(h: Int):
        pass

# CHECK: bindings.mojo:6:13: error: 'var z' declares a name: it may only appear in an assignment target
# CHECK-NEXT: {{^    var y = var z$}}
# CHECK-NEXT: {{^            \^~~~~$}}
# CHECK: bindings.mojo:7:16: error: 'var w' declares a name: it may only appear in an assignment target
# CHECK: bindings.mojo:8:5: error: '__mlir_region' is not supported yet
# CHECK-NOT: error
