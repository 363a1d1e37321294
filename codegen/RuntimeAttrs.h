//===- RuntimeAttrs.h - LLVM attributes of runtime and Never functions ----===//
#ifndef IGNIS_CODEGEN_RUNTIMEATTRS_H
#define IGNIS_CODEGEN_RUNTIMEATTRS_H

namespace mlir {
class Operation;
} // namespace mlir

namespace ignis {

/// Puts the attributes RuntimeFunctions.def lists for this function's name
/// on a C function declaration (an `llvm.func`); others are left alone.
void applyRuntimeAttrs(mlir::Operation *LLVMFunc);

/// `noreturn` on a C function declaration called as `external_call[...,
/// Never]`.
void markNoReturn(mlir::Operation *LLVMFunc);

/// `noreturn cold` on a Mojo function (a `func.func`) that returns Never
/// and does not raise: a call of it ends the program's normal path.
void markNoReturnCold(mlir::Operation *Func);

} // namespace ignis

#endif
