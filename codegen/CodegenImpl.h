//===- CodegenImpl.h - State of a CodeGenerator (internal to codegen/) ----===//
#ifndef IGNIS_CODEGEN_CODEGENIMPL_H
#define IGNIS_CODEGEN_CODEGENIMPL_H

#include "codegen/Codegen.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/OwningOpRef.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Module.h"
#include "llvm/Target/TargetMachine.h"

#include <thread>
#include <vector>

namespace ignis {
namespace cir {
class Program;
struct Function;
} // namespace cir

/// A device module translated to LLVM IR. It owns its LLVM context and
/// target machine and refers to no MLIR, so it can be compiled on another
/// thread while the host module is built and optimised.
struct DeviceCode {
  std::unique_ptr<llvm::LLVMContext> Ctx;
  std::unique_ptr<llvm::Module> M;
  std::unique_ptr<llvm::TargetMachine> TM;
  bool Nvidia = true;
  std::string CPU;
  unsigned OptLevel = 2;
};

struct CodeGenerator::Impl {
  explicit Impl(const CodegenOptions &Opts);
  CodegenOptions Opts;
  mlir::MLIRContext Ctx;
  mlir::OwningOpRef<mlir::ModuleOp> Module;
  std::unique_ptr<llvm::LLVMContext> LLVMCtx;
  std::unique_ptr<llvm::Module> LLVMModule;
  std::unique_ptr<llvm::TargetMachine> TM;
  /// Non-zero when lower() ran only the simplification half of the -O
  /// pipeline: the number of parts emitObjects splits the module into, each
  /// running the optimisation half on its own thread.
  unsigned OptimiseInParts = 0;
  /// Programs with kernels: the GPU assembly (PTX or AMDGPU) and the image
  /// embedded for the runtime (PTX text, or HSACO).
  std::string DeviceAsm, DeviceImage;
  /// The device module as generated (before lowering), for --emit=mlir.
  std::string DeviceMLIR;
  /// The device image being compiled on DeviceThread: its target for the
  /// warning when it cannot be compiled, and the thread's results.
  std::thread DeviceThread;
  std::unique_ptr<DeviceCode> PendingDevice;
  std::string PendingTarget, PendingAsm, PendingImage, PendingError;
  bool PendingOk = false;
  ~Impl() {
    if (DeviceThread.joinable())
      DeviceThread.join();
  }
};

/// MLIR (func/arith/cf/math/vector/llvm) -> the LLVM dialect.
bool lowerToLLVMDialect(mlir::MLIRContext &Ctx, mlir::ModuleOp M,
                        std::string &Error);

/// Erases from a freshly built device module (which holds every function
/// of the program) what the kernel entries do not reach, before it is
/// verified, lowered and translated (DeviceCompile.cpp).
void pruneDeviceModule(mlir::ModuleOp M);

/// A device module in the LLVM dialect -> LLVM IR for the GPU target (the
/// part of the device compile that reads MLIR).
std::unique_ptr<DeviceCode> translateDeviceModule(mlir::ModuleOp M,
                                                  bool Nvidia,
                                                  llvm::StringRef Arch,
                                                  unsigned OptLevel,
                                                  std::string &Error);

/// Device LLVM IR -> the GPU's assembly (Asm) and the image the runtime
/// loads (Image): PTX (or a fatbin) for NVIDIA, HSACO for AMD. Touches
/// nothing outside D: safe on any thread.
bool compileDeviceCode(DeviceCode &D, std::string &Asm, std::string &Image,
                       std::string &Error);

/// Both steps, on this thread (DeviceCompile.cpp).
bool compileDeviceModule(mlir::ModuleOp M, bool Nvidia, llvm::StringRef Arch,
                         unsigned OptLevel, std::string &Asm,
                         std::string &Image, std::string &Error);

/// The host module embeds this in place of the device image while the image
/// is compiled on another thread; fillDeviceImage swaps in the real one.
extern const char DeviceImagePlaceholder[];

/// Replaces the placeholder image global of the host module M (and the image
/// size in each kernel descriptor) by Image; an empty Image (the kernels run
/// on the cpu device only) leaves the descriptors without one, as if the
/// host module had been built with no image (DeviceImageSlot.cpp).
void fillDeviceImage(llvm::Module &M, llvm::StringRef Image);

/// How many parts emitObjectParts should split M into: 1 with one thread or
/// for a module too small to gain from it (ParallelEmit.cpp).
unsigned objectPartCount(const llvm::Module &M, const CodegenOptions &Opts);

/// M's object code in Parts objects generated on as many threads (one
/// object, on this thread, when Parts < 2). With Optimise, each part first
/// runs the optimisation half of the -O pipeline (M has been through the
/// simplification half). M is left as it was when Parts >= 2.
bool emitObjectParts(llvm::Module &M, const CodegenOptions &Opts,
                     unsigned Parts, bool Optimise,
                     std::vector<llvm::SmallString<0>> &Objects,
                     std::string &Error);

/// Gives the host module's text-formatting functions and stdlib test
/// assertions LLVM's `optsize` (SizeOptimised.cpp); for -O1 and above.
void markSizeOptimised(mlir::ModuleOp M, const cir::Program &P);

/// The host triple's target machine for Opts (CPU "native" or empty: the
/// host CPU and its features), position-independent.
std::unique_ptr<llvm::TargetMachine>
createTargetMachine(const CodegenOptions &Opts, std::string &Error);

} // namespace ignis

#endif
