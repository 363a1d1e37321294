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
  /// Programs with kernels: the GPU assembly (PTX or AMDGPU) and the image
  /// embedded for the runtime (PTX text, or HSACO).
  std::string DeviceAsm, DeviceImage;
  /// The device module as generated (before lowering), for --emit=mlir.
  std::string DeviceMLIR;
};

/// MLIR (func/arith/cf/math/vector/llvm) -> the LLVM dialect.
bool lowerToLLVMDialect(mlir::MLIRContext &Ctx, mlir::ModuleOp M,
                        std::string &Error);

/// A device module in the LLVM dialect -> the GPU's assembly (Asm) and the
/// image the runtime loads (Image): PTX for NVIDIA, HSACO for AMD
/// (DeviceCompile.cpp).
bool compileDeviceModule(mlir::ModuleOp M, bool Nvidia, llvm::StringRef Arch,
                         unsigned OptLevel, std::string &Asm,
                         std::string &Image, std::string &Error);

/// The host triple's target machine for Opts (CPU "native" or empty: the
/// host CPU and its features), position-independent.
std::unique_ptr<llvm::TargetMachine>
createTargetMachine(const CodegenOptions &Opts, std::string &Error);

} // namespace ignis

#endif
