//===- Pipeline.cpp - MLIR -> LLVM dialect -> LLVM IR -> optimised code ---===//
//
// The lowering is an explicit pass list: float32 math with a polynomial
// approximation becomes vector arithmetic and bfloat16 is computed in
// float32 (MathApprox.cpp), then math and vector (math ops without an LLVM
// intrinsic, such as tan, become libm calls), then
// convert-to-llvm for func/arith/cf through their registered dialect
// interfaces, then reconcile-unrealized-casts. LLVM's new pass manager runs
// the standard -O pipeline for the target machine.
//
//===----------------------------------------------------------------------===//
#include "codegen/CodegenImpl.h"
#include "ignis_gpu_runtime.h"
#include <cstdlib>
#include "codegen/MLIRGen.h"
#include "codegen/MathApprox.h"

#include "mlir/Conversion/ArithToLLVM/ArithToLLVM.h"
#include "mlir/Conversion/ControlFlowToLLVM/ControlFlowToLLVM.h"
#include "mlir/Conversion/ConvertToLLVM/ToLLVMPass.h"
#include "mlir/Conversion/FuncToLLVM/ConvertFuncToLLVM.h"
#include "mlir/Conversion/MathToLLVM/MathToLLVM.h"
#include "mlir/Conversion/MathToLibm/MathToLibm.h"
#include "mlir/Conversion/ReconcileUnrealizedCasts/ReconcileUnrealizedCasts.h"
#include "mlir/Conversion/UBToLLVM/UBToLLVM.h"
#include "mlir/Conversion/VectorToLLVM/ConvertVectorToLLVM.h"
#include "mlir/Conversion/VectorToLLVM/ConvertVectorToLLVMPass.h"
#include "mlir/Conversion/LLVMCommon/ConversionTarget.h"
#include "mlir/Conversion/LLVMCommon/TypeConverter.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/SymbolTable.h"
#include "mlir/Transforms/DialectConversion.h"
#include "mlir/IR/Verifier.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Target/LLVMIR/Dialect/Builtin/BuiltinToLLVMIRTranslation.h"
#include "mlir/Target/LLVMIR/Dialect/LLVMIR/LLVMToLLVMIRTranslation.h"
#include "mlir/Target/LLVMIR/Export.h"
#include "sema/CIR.h"
#include "llvm/IR/LegacyPassManager.h"
#include "llvm/IR/Verifier.h"
#include "llvm/MC/TargetRegistry.h"
#include "llvm/Passes/PassBuilder.h"
#include "llvm/Transforms/IPO/Annotation2Metadata.h"
#include "llvm/Transforms/IPO/ForceFunctionAttrs.h"
#include "llvm/Transforms/Utils/Mem2Reg.h"
#include "llvm/Support/TargetSelect.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/TargetParser/Host.h"
#include "llvm/TargetParser/SubtargetFeature.h"

#include <chrono>
#include <optional>
#include <cstdlib>
#include <string_view>

using namespace ignis;

static bool timePasses() {
  static const bool On = [] {
    const char *V = std::getenv("IGNIS_TIME_PASSES");
    return V && *V && std::string_view(V) != "0";
  }();
  return On;
}

namespace {
/// Prints "ignis: <stage>: <ms> ms" to stderr on destruction when
/// IGNIS_TIME_PASSES is set.
class StageTimer {
public:
  explicit StageTimer(const char *Name)
      : Name(Name), Start(std::chrono::steady_clock::now()) {}
  ~StageTimer() {
    if (!timePasses())
      return;
    auto D = std::chrono::steady_clock::now() - Start;
    llvm::errs() << "ignis: " << Name << ": "
                 << llvm::format("%.1f", std::chrono::duration<double, std::milli>(D).count())
                 << " ms\n";
  }

private:
  const char *Name;
  std::chrono::steady_clock::time_point Start;
};
} // namespace

CodeGenerator::Impl::Impl(const CodegenOptions &Opts) : Opts(Opts) {
  mlir::DialectRegistry Registry;
  mlir::arith::registerConvertArithToLLVMInterface(Registry);
  mlir::cf::registerConvertControlFlowToLLVMInterface(Registry);
  mlir::registerConvertFuncToLLVMInterface(Registry);
  mlir::registerConvertMathToLLVMInterface(Registry);
  mlir::ub::registerConvertUBToLLVMInterface(Registry);
  mlir::vector::registerConvertVectorToLLVMInterface(Registry);
  mlir::registerBuiltinDialectTranslation(Registry);
  mlir::registerLLVMDialectTranslation(Registry);
  Ctx.appendDialectRegistry(Registry);
  // Diagnostics go into the error message, not to stderr.
  Ctx.printOpOnDiagnostic(false);
}

CodeGenerator::CodeGenerator(const CodegenOptions &Opts)
    : I(std::make_unique<Impl>(Opts)) {}
CodeGenerator::~CodeGenerator() = default;

/// Collects MLIR diagnostics ("loc: message") while alive.
namespace {
class DiagnosticCollector {
public:
  DiagnosticCollector(mlir::MLIRContext &Ctx, std::string &Out)
      : Handler(&Ctx, [&Out](mlir::Diagnostic &D) {
          llvm::raw_string_ostream OS(Out);
          if (!Out.empty())
            OS << "\n";
          OS << D.getLocation() << ": " << D.str();
          for (const mlir::Diagnostic &Note : D.getNotes())
            OS << "\n  note: " << Note.str();
          return mlir::success();
        }) {}

private:
  mlir::ScopedDiagnosticHandler Handler;
};
} // namespace

bool CodeGenerator::generate(const cir::Program &P, const SourceManager &SM,
                             bool WillLower) {
  // Kernels first: the host module embeds their GPU image (or, while that
  // is compiled on a second thread, a placeholder that lower() replaces).
  if (!P.Kernels.empty() &&
      !generateDevice(P, SM, WillLower))
    return false;
  {
    StageTimer T("CIR to MLIR");
    I->Module = buildModule(I->Ctx, P, SM, Error, I->Opts.DebugInfo,
                            I->Opts.OptLevel > 0, I->DeviceImage);
  }
  if (!I->Module)
    return false;
  if (I->Opts.OptLevel > 0)
    markSizeOptimised(*I->Module, P);
  std::string Diags;
  DiagnosticCollector Collect(I->Ctx, Diags);
  StageTimer T("verify MLIR");
  if (mlir::failed(mlir::verify(*I->Module))) {
    Error = "generated MLIR does not verify: " + Diags;
    return false;
  }
  return true;
}

void CodeGenerator::printMLIR(llvm::raw_ostream &OS) const {
  if (I->Module)
    I->Module->print(OS);
  OS << I->DeviceMLIR;
}

std::unique_ptr<llvm::TargetMachine>
ignis::createTargetMachine(const CodegenOptions &Opts, std::string &Error) {
  static bool Initialized = [] {
    llvm::InitializeNativeTarget();
    llvm::InitializeNativeTargetAsmPrinter();
    llvm::InitializeNativeTargetAsmParser();
    return true;
  }();
  (void)Initialized;
  llvm::Triple Triple(llvm::sys::getDefaultTargetTriple());
  const llvm::Target *Target =
      llvm::TargetRegistry::lookupTarget(Triple, Error);
  if (!Target)
    return nullptr;
  std::string CPU = Opts.TargetCPU;
  std::string Features;
  if (CPU.empty() || CPU == "native") {
    CPU = llvm::sys::getHostCPUName().str();
    llvm::SubtargetFeatures F;
    for (const auto &[Name, Enabled] : llvm::sys::getHostCPUFeatures())
      F.AddFeature(Name, Enabled);
    Features = F.getString();
  }
  llvm::TargetOptions TO;
  llvm::CodeGenOptLevel Level;
  switch (Opts.OptLevel) {
  case 0: Level = llvm::CodeGenOptLevel::None; break;
  case 1: Level = llvm::CodeGenOptLevel::Less; break;
  case 2: Level = llvm::CodeGenOptLevel::Default; break;
  default: Level = llvm::CodeGenOptLevel::Aggressive; break;
  }
  std::unique_ptr<llvm::TargetMachine> TM(Target->createTargetMachine(
      Triple, CPU, Features, TO, llvm::Reloc::PIC_, std::nullopt, Level));
  // -O0 selects instructions with FastISel (as clang does), not SelectionDAG.
  if (TM && Level == llvm::CodeGenOptLevel::None)
    TM->setO0WantsFastISel(true);
  if (!TM)
    Error = "cannot create a target machine for " + Triple.str() + " (" +
            CPU + ")";
  return TM;
}

namespace {
/// convert-to-llvm for the dialects MLIRGen emits (func, arith, cf, math,
/// ub), with one SymbolTableCollection for the func.call patterns: without
/// it every call's callee is found by a linear scan of the module
/// (SymbolTable::lookupSymbolIn was 12% of a 10k-line -O0 build). The
/// bare-pointer calling convention changes only memref arguments (there
/// are none) and needs no callee lookup at all.
struct IgnisToLLVMPass
    : mlir::PassWrapper<IgnisToLLVMPass, mlir::OperationPass<mlir::ModuleOp>> {
  MLIR_DEFINE_EXPLICIT_INTERNAL_INLINE_TYPE_ID(IgnisToLLVMPass)
  llvm::StringRef getArgument() const override { return "ignis-to-llvm"; }
  void getDependentDialects(mlir::DialectRegistry &R) const override {
    R.insert<mlir::LLVM::LLVMDialect>();
  }
  void runOnOperation() override {
    mlir::MLIRContext *Ctx = &getContext();
    mlir::LowerToLLVMOptions Options(Ctx);
    Options.useBarePtrCallConv = true;
    mlir::LLVMTypeConverter Converter(Ctx, Options);
    mlir::RewritePatternSet Patterns(Ctx);
    mlir::SymbolTableCollection SymbolTables;
    mlir::arith::populateArithToLLVMConversionPatterns(Converter, Patterns);
    mlir::cf::populateControlFlowToLLVMConversionPatterns(Converter, Patterns);
    mlir::populateFuncToLLVMConversionPatterns(Converter, Patterns,
                                               &SymbolTables);
    mlir::populateMathToLLVMConversionPatterns(Converter, Patterns);
    mlir::ub::populateUBToLLVMConversionPatterns(Converter, Patterns);
    mlir::LLVMConversionTarget Target(*Ctx);
    // One-shot conversion: these patterns never fail after changing the IR,
    // so the driver need not record how to roll changes back, and folding
    // first gains nothing (MLIRGen folds its constants); with the verifier
    // off below, the lowering of a 10,000-line program went from 243 to
    // 80-90 ms (docs/performance.md).
    mlir::ConversionConfig Config;
    Config.allowPatternRollback = false;
    Config.foldingMode = mlir::DialectConversionFoldingMode::Never;
    if (mlir::failed(mlir::applyPartialConversion(getOperation(), Target,
                                                  std::move(Patterns), Config)))
      signalPassFailure();
  }
};
} // namespace

bool ignis::lowerToLLVMDialect(mlir::MLIRContext &Ctx, mlir::ModuleOp M,
                               std::string &Error) {
  std::string Diags;
  DiagnosticCollector Collect(Ctx, Diags);
  mlir::PassManager PM(&Ctx);
  if (timePasses())
    PM.enableTiming();
  // MLIRGen's output was verified, and the LLVM IR translated from the
  // result is verified again: verifying the module after each conversion
  // too cost a third of the lowering of a 10,000-line program.
  PM.enableVerifier(false);
  // The vector and math conversions each walk the whole module (a full
  // dialect conversion), which costs as much as convert-to-llvm itself on
  // a large program; add them only when the module has such ops.
  approximateMath(M);
  bool HasVector = false, HasMath = false;
  M->walk([&](mlir::Operation *Op) {
    llvm::StringRef NS = Op->getName().getDialectNamespace();
    HasVector |= NS == "vector";
    HasMath |= NS == "math";
  });
  // Math first: math-to-libm unrolls vector ops without an intrinsic
  // (tan, sinh, float64 atan, ...) into vector.extract/insert around
  // scalar libm calls, which the vector conversion then lowers.
  if (HasMath) {
    PM.addPass(mlir::createConvertMathToLLVMPass());
    PM.addPass(mlir::createConvertMathToLibmPass());
  }
  if (HasVector || HasMath)
    PM.addPass(mlir::createConvertVectorToLLVMPass());
  PM.addPass(std::make_unique<IgnisToLLVMPass>());
  PM.addPass(mlir::createReconcileUnrealizedCastsPass());
  if (mlir::failed(PM.run(M))) {
    Error = "lowering to the LLVM dialect failed: " + Diags;
    return false;
  }
  return true;
}

bool CodeGenerator::generateDevice(const cir::Program &P, const SourceManager &SM,
                                   bool WillLower) {
  // The image is compiled on a second thread only when lower() follows and
  // waits for it.
  const bool OnThread = WillLower && I->Opts.Threads > 1;
  const cir::Program::Kernel *GpuK = nullptr;
  for (const cir::Program::Kernel &K : P.Kernels)
    if (K.Gpu)
      GpuK = &K;
  if (!GpuK)
    return true;
  if (I->Opts.DeviceCodeOnlyWithGpu) {
    const char *Forced = getenv("IGNIS_DEVICE");
    bool CpuOnly = Forced && llvm::StringRef(Forced) == "cpu";
    if (CpuOnly || !ignis_gpu_has_accelerator())
      return true; // the cpu device runs the kernels; no GPU image needed
  }
  StageTimer T("device code");
  mlir::MLIRContext &Ctx = I->Ctx;
  std::optional<StageTimer> Step(std::in_place, "device code: build MLIR");
  mlir::OwningOpRef<mlir::ModuleOp> Dev =
      buildDeviceModule(Ctx, P, SM, GpuK->GpuTarget, Error);
  Step.reset();
  if (!Dev)
    return false;
  if (!WillLower) {
    llvm::raw_string_ostream OS(I->DeviceMLIR);
    OS << "// device module: " << (GpuK->GpuTarget == cir::TargetKind::Nvptx ? "nvidia:" : "amdgpu:")
       << GpuK->Arch << "\n";
    Dev->print(OS);
  }
  // The module holds every function of the program; the kernels reach few.
  pruneDeviceModule(*Dev);
  {
    std::string Diags;
    DiagnosticCollector Collect(Ctx, Diags);
    if (mlir::failed(mlir::verify(*Dev))) {
      Error = "generated device MLIR does not verify: " + Diags;
      return false;
    }
  }
  const std::string Target =
      (GpuK->GpuTarget == cir::TargetKind::Nvptx ? "nvidia:" : "amdgpu:") +
      GpuK->Arch;
  std::string DeviceError = findHostOnlyCall(*Dev, P, GpuK->GpuTarget == cir::TargetKind::Nvptx);
  if (!DeviceError.empty()) {
    llvm::errs() << "ignis: warning: the kernels cannot be compiled for "
                 << Target << ": " << DeviceError
                 << "; they run on the cpu device only\n";
    return true;
  }
  Step.emplace("device code: lower");
  if (!lowerToLLVMDialect(Ctx, *Dev, Error))
    return false;
  Step.reset();
  if (OnThread) {
    // All MLIR work is done here, on this thread (the context is shared with
    // the host module); the thread has its own LLVM context.
    std::unique_ptr<DeviceCode> Code = translateDeviceModule(
        *Dev, GpuK->GpuTarget == cir::TargetKind::Nvptx, GpuK->Arch,
        I->Opts.OptLevel, DeviceError);
    if (Code) {
      I->PendingDevice = std::move(Code);
      I->PendingTarget = Target;
      I->DeviceImage = DeviceImagePlaceholder;
      Impl *State = I.get();
      State->DeviceThread = std::thread([State] {
        State->PendingOk = compileDeviceCode(
            *State->PendingDevice, State->PendingAsm, State->PendingImage,
            State->PendingError);
        State->PendingDevice.reset();
      });
      return true;
    }
  } else if (compileDeviceModule(*Dev,
                                 GpuK->GpuTarget == cir::TargetKind::Nvptx,
                                 GpuK->Arch, I->Opts.OptLevel, I->DeviceAsm,
                                 I->DeviceImage, DeviceError)) {
    return true;
  }
  // Device code the GPU cannot run (print, heap memory): the kernels still
  // run on the cpu device, and a launch on the GPU says why it cannot.
  llvm::errs() << "ignis: warning: the kernels cannot be compiled for "
               << Target << ": " << DeviceError
               << "; they run on the cpu device only\n";
  I->DeviceAsm.clear();
  I->DeviceImage.clear();
  return true;
}

void CodeGenerator::finishDevice() {
  if (!I->DeviceThread.joinable())
    return;
  {
    StageTimer T("waiting for the device code");
    I->DeviceThread.join();
  }
  I->DeviceAsm = std::move(I->PendingAsm);
  I->DeviceImage = std::move(I->PendingImage);
  if (I->PendingOk)
    return;
  // As on one thread: the kernels still run on the cpu device, and a launch
  // on the GPU says why it cannot.
  llvm::errs() << "ignis: warning: the kernels cannot be compiled for "
               << I->PendingTarget << ": " << I->PendingError
               << "; they run on the cpu device only\n";
  I->DeviceAsm.clear();
  I->DeviceImage.clear();
}

void CodeGenerator::printDeviceAssembly(llvm::raw_ostream &OS) const {
  const_cast<CodeGenerator *>(this)->finishDevice();
  OS << I->DeviceAsm;
}

bool CodeGenerator::lower() {
  if (!I->Module) {
    Error = "nothing to lower";
    return false;
  }
  std::string Diags;
  {
    StageTimer T("lower to the LLVM dialect");
    if (!lowerToLLVMDialect(I->Ctx, *I->Module, Error))
      return false;
  }

  I->TM = createTargetMachine(I->Opts, Error);
  if (!I->TM)
    return false;
  // The translation picks the alignment of loads, stores and allocas from
  // the module's data layout: without the target's, LLVM's default gives
  // i64 and double only 4-byte alignment.
  (*I->Module)
      ->setAttr(mlir::LLVM::LLVMDialect::getDataLayoutAttrName(),
                mlir::StringAttr::get(
                    &I->Ctx,
                    I->TM->createDataLayout().getStringRepresentation()));
  I->LLVMCtx = std::make_unique<llvm::LLVMContext>();
  {
    DiagnosticCollector Collect(I->Ctx, Diags);
    StageTimer T("translate to LLVM IR");
    I->LLVMModule = mlir::translateModuleToLLVMIR(*I->Module, *I->LLVMCtx,
                                                  "ignis");
  }
  if (!I->LLVMModule) {
    Error = "translation to LLVM IR failed: " + Diags;
    return false;
  }
  llvm::Module &M = *I->LLVMModule;
  M.setTargetTriple(I->TM->getTargetTriple());
  M.setDataLayout(I->TM->createDataLayout());
  std::string VerifyErrors;
  llvm::raw_string_ostream VOS(VerifyErrors);
  if (llvm::verifyModule(M, &VOS)) {
    Error = "LLVM IR does not verify: " + VerifyErrors;
    return false;
  }

  // Like clang: every definition names the target CPU and features, so the
  // optimiser's cost models (vector width, inlining compatibility) see the
  // real subtarget, and no code unwinds (errors are values, no exceptions),
  // so functions are nounwind.
  const std::string CPU = I->TM->getTargetCPU().str();
  const std::string Features = I->TM->getTargetFeatureString().str();
  for (llvm::Function &F : M) {
    if (F.isDeclaration())
      continue;
    if (!F.hasFnAttribute("target-cpu"))
      F.addFnAttr("target-cpu", CPU);
    if (!F.hasFnAttribute("tune-cpu"))
      F.addFnAttr("tune-cpu", CPU);
    if (!Features.empty() && !F.hasFnAttribute("target-features"))
      F.addFnAttr("target-features", Features);
    F.addFnAttr(llvm::Attribute::NoUnwind);
  }

  llvm::LoopAnalysisManager LAM;
  llvm::FunctionAnalysisManager FAM;
  llvm::CGSCCAnalysisManager CGAM;
  llvm::ModuleAnalysisManager MAM;
  llvm::PipelineTuningOptions PTO;
  PTO.LoopVectorization = I->Opts.OptLevel >= 2;
  PTO.SLPVectorization = I->Opts.OptLevel >= 2;
  llvm::PassBuilder PB(I->TM.get(), PTO);
  PB.registerModuleAnalyses(MAM);
  PB.registerCGSCCAnalyses(CGAM);
  PB.registerFunctionAnalyses(FAM);
  PB.registerLoopAnalyses(LAM);
  PB.crossRegisterProxies(LAM, FAM, CGAM, MAM);
  llvm::OptimizationLevel Level;
  switch (I->Opts.OptLevel) {
  case 0: Level = llvm::OptimizationLevel::O0; break;
  case 1: Level = llvm::OptimizationLevel::O1; break;
  case 2: Level = llvm::OptimizationLevel::O2; break;
  default: Level = llvm::OptimizationLevel::O3; break;
  }
  // mem2reg first: `comptime for` unrolls thousands of locals into one block,
  // and SROA promotes them one alloca at a time (renumbering the block each
  // time: quadratic); mem2reg promotes them all in one linear walk.
  PB.registerPipelineStartEPCallback(
      [](llvm::ModulePassManager &P, llvm::OptimizationLevel) {
        P.addPass(llvm::createModuleToFunctionPassAdaptor(llvm::PromotePass()));
      });
  // An executable from a module large enough to be compiled in parts: the
  // whole module is simplified here (inlining needs all of it), and the
  // optimisation half of the pipeline (vectorisation, unrolling: one
  // function at a time) runs on each part beside its code generation
  // (ParallelEmit.cpp).
  I->OptimiseInParts = Level != llvm::OptimizationLevel::O0 &&
                       I->Opts.OptimiseInParts && !I->Opts.DebugInfo
                           ? objectPartCount(M, I->Opts)
                           : 0;
  if (I->OptimiseInParts < 2)
    I->OptimiseInParts = 0;
  llvm::ModulePassManager MPM;
  if (Level == llvm::OptimizationLevel::O0) {
    MPM = PB.buildO0DefaultPipeline(Level);
  } else if (I->OptimiseInParts) {
    // buildPerModuleDefaultPipeline up to its optimisation pipeline.
    MPM.addPass(llvm::Annotation2MetadataPass());
    MPM.addPass(llvm::ForceFunctionAttrsPass());
    MPM.addPass(llvm::createModuleToFunctionPassAdaptor(llvm::PromotePass()));
    MPM.addPass(PB.buildModuleSimplificationPipeline(
        Level, llvm::ThinOrFullLTOPhase::None));
  } else {
    MPM = PB.buildPerModuleDefaultPipeline(Level);
  }
  {
    StageTimer T(I->OptimiseInParts ? "LLVM -O pipeline (simplification)"
                                    : "LLVM -O pipeline");
    MPM.run(M, MAM);
  }
  if (I->DeviceThread.joinable()) {
    finishDevice();
    fillDeviceImage(M, I->DeviceImage);
  }
  return true;
}

void CodeGenerator::printLLVMIR(llvm::raw_ostream &OS) const {
  if (I->LLVMModule)
    I->LLVMModule->print(OS, nullptr);
}

bool CodeGenerator::emitFile(llvm::raw_pwrite_stream &OS, OutputFileKind Kind) {
  if (!I->LLVMModule || !I->TM) {
    Error = "emitFile needs lower() first";
    return false;
  }
  llvm::legacy::PassManager PM;
  auto FileType = Kind == OutputFileKind::Assembly
                      ? llvm::CodeGenFileType::AssemblyFile
                      : llvm::CodeGenFileType::ObjectFile;
  if (I->TM->addPassesToEmitFile(PM, OS, nullptr, FileType)) {
    Error = "the target cannot emit this file type";
    return false;
  }
  {
    StageTimer T("LLVM code generation");
    PM.run(*I->LLVMModule);
  }
  return true;
}

bool CodeGenerator::emitObjects(std::vector<llvm::SmallString<0>> &Objects) {
  if (!I->LLVMModule || !I->TM) {
    Error = "emitObjects needs lower() first";
    return false;
  }
  // Debug info is left whole: one compile unit, one object.
  // Split as lower() planned when the parts are still to be optimised
  // (the simplified module is smaller than the optimised one).
  unsigned Parts = I->OptimiseInParts ? I->OptimiseInParts
                   : I->Opts.DebugInfo
                       ? 1
                       : objectPartCount(*I->LLVMModule, I->Opts);
  StageTimer T(Parts > 1 ? "LLVM code generation (in parts)"
                         : "LLVM code generation");
  bool Optimise = I->OptimiseInParts != 0;
  I->OptimiseInParts = 0;
  return emitObjectParts(*I->LLVMModule, I->Opts, Parts, Optimise, Objects,
                         Error);
}
