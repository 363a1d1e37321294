//===- MathApprox.h - Vector math: polynomial approximations ---------------===//
#ifndef IGNIS_CODEGEN_MATHAPPROX_H
#define IGNIS_CODEGEN_MATHAPPROX_H

#include "mlir/IR/BuiltinOps.h"

namespace ignis {

/// Rewrites the float32 (and float16/bfloat16, through float32) math ops
/// that have MLIR polynomial approximations (exp, log, sin, cos, tanh, ...)
/// into arithmetic on the same vector shape, so SIMD math stays in vector
/// registers instead of becoming one libm call per lane. float64 keeps the
/// libm / LLVM intrinsic lowering. IGNIS_VECTOR_MATH=libm turns it off
/// (docs/performance.md has the measurements behind the default). Also
/// expands bfloat16 conversions into integer operations.
void approximateMath(mlir::ModuleOp Module);

} // namespace ignis

#endif
