//===- CodegenImpl.h - State of a CodeGenerator (internal to codegen/) ----===//
#ifndef IGNIS_CODEGEN_CODEGENIMPL_H
#define IGNIS_CODEGEN_CODEGENIMPL_H

#include "codegen/Codegen.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/OwningOpRef.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Module.h"
#include "llvm/Target/TargetMachine.h"

namespace ignis {

struct CodeGenerator::Impl {
  explicit Impl(const CodegenOptions &Opts);
  CodegenOptions Opts;
  mlir::MLIRContext Ctx;
  mlir::OwningOpRef<mlir::ModuleOp> Module;
  std::unique_ptr<llvm::LLVMContext> LLVMCtx;
  std::unique_ptr<llvm::Module> LLVMModule;
  std::unique_ptr<llvm::TargetMachine> TM;
};

/// The host triple's target machine for Opts (CPU "native" or empty: the
/// host CPU and its features), position-independent.
std::unique_ptr<llvm::TargetMachine>
createTargetMachine(const CodegenOptions &Opts, std::string &Error);

} // namespace ignis

#endif
