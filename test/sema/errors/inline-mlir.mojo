# RUN: not %ignis build --emit=sema %s 2>&1 | FileCheck %s
# Mojo's inline MLIR (`__mlir_type`, `__mlir_op`, `__mlir_attr`) is reported
# where it is written, as a type, a value or a callee.

def main():
    var a: __mlir_type.index = 1
    var b = __mlir_attr.true
    _ = __mlir_op.add(a, b)

# CHECK: inline-mlir.mojo:6:12: error: inline MLIR ('__mlir_type') is not supported yet
# CHECK: inline-mlir.mojo:7:13: error: inline MLIR ('__mlir_attr') is not supported yet
# CHECK: inline-mlir.mojo:8:9: error: inline MLIR ('__mlir_op') is not supported yet
