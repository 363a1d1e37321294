//===- DeviceCompile.cpp - Device module -> PTX or AMDGPU code ------------===//
//
// The device module (MLIRGenGpu.cpp: every function plus a by-value entry
// `ignis_kernel_N` per kernel), already in the LLVM dialect, is translated
// to LLVM IR for nvptx64-nvidia-cuda or amdgcn-amd-amdhsa. Only the entries
// stay external; everything the kernels do not reach is dropped. Calls that
// exist only on the host are given a device policy (a failure becomes a
// trap) or reported, never left as unresolved symbols; libm calls go to
// libdevice when the CUDA toolkit has it. The NVPTX back end prints PTX
// (the image the CUDA driver JIT-compiles); AMDGPU code becomes an object
// linked into an HSACO by ld.lld.
//
//===----------------------------------------------------------------------===//
#include "codegen/CodegenImpl.h"

#include <cstdlib>

#include "mlir/IR/SymbolTable.h"
#include "mlir/Target/LLVMIR/Export.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/LegacyPassManager.h"
#include "llvm/IR/Verifier.h"
#include "llvm/IRReader/IRReader.h"
#include "llvm/Linker/Linker.h"
#include "llvm/MC/TargetRegistry.h"
#include "llvm/Passes/PassBuilder.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/TargetSelect.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Transforms/IPO/AlwaysInliner.h"
#include "llvm/Transforms/IPO/GlobalDCE.h"
#include "llvm/Transforms/Utils/Cloning.h"
#include "llvm/Transforms/Utils/Mem2Reg.h"
#include "llvm/Support/MemoryBuffer.h"

using namespace ignis;

static void initGpuTargets() {
  static bool Done = [] {
    LLVMInitializeNVPTXTargetInfo();
    LLVMInitializeNVPTXTarget();
    LLVMInitializeNVPTXTargetMC();
    LLVMInitializeNVPTXAsmPrinter();
    LLVMInitializeAMDGPUTargetInfo();
    LLVMInitializeAMDGPUTarget();
    LLVMInitializeAMDGPUTargetMC();
    LLVMInitializeAMDGPUAsmPrinter();
    return true;
  }();
  (void)Done;
}

/// The CUDA toolkit's libdevice, if installed.
static std::string findLibdevice() {
  for (const char *Root : {"/usr/local/cuda", "/usr/lib/cuda"}) {
    llvm::SmallString<128> P(Root);
    llvm::sys::path::append(P, "nvvm", "libdevice", "libdevice.10.bc");
    if (llvm::sys::fs::exists(P))
      return std::string(P);
  }
  return "";
}

/// libm functions libdevice provides as __nv_NAME.
static bool isLibmName(llvm::StringRef N) {
  static const char *Names[] = {
      "sin",   "cos",   "tan",   "asin",  "acos",  "atan",  "atan2", "sinh",
      "cosh",  "tanh",  "asinh", "acosh", "atanh", "exp",   "exp2",  "expm1",
      "log",   "log2",  "log10", "log1p", "pow",   "cbrt",  "erf",   "erfc",
      "fmod",  "hypot", "sqrt",  "floor", "ceil",  "round", "trunc", "fabs"};
  llvm::StringRef Base = N.ends_with("f") && N != "erf" ? N.drop_back() : N;
  for (const char *C : Names)
    if (Base == C || N == C)
      return true;
  return false;
}

/// Gives host-runtime calls a device meaning, or reports them.
static bool applyDevicePolicy(llvm::Module &M, bool Nvidia, std::string &Error) {
  llvm::LLVMContext &C = M.getContext();
  std::string Libdevice = Nvidia ? findLibdevice() : "";
  bool NeedLibdevice = false;
  std::vector<llvm::Function *> Decls;
  for (llvm::Function &F : M)
    if (F.isDeclaration() && !F.isIntrinsic() && !F.use_empty())
      Decls.push_back(&F);
  for (llvm::Function *F : Decls) {
    llvm::StringRef N = F->getName();
    if (N == "ignis_rt_abort" || N == "ignis_rt_panic_bounds") {
      // A failure on the device stops the kernel: the launch reports it.
      F->setLinkage(llvm::GlobalValue::InternalLinkage);
      llvm::BasicBlock *BB = llvm::BasicBlock::Create(C, "", F);
      llvm::IRBuilder<> IRB(BB);
      IRB.CreateIntrinsic(llvm::Intrinsic::trap, {});
      IRB.CreateUnreachable();
      continue;
    }
    if (Nvidia && N == "vprintf")
      continue; // PTX's own printf: the driver provides it
    if (N == "memcpy" || N == "memmove" || N == "memset") {
      // The intrinsics, which the GPU back ends expand into loops.
      F->setLinkage(llvm::GlobalValue::InternalLinkage);
      llvm::BasicBlock *BB = llvm::BasicBlock::Create(C, "", F);
      llvm::IRBuilder<> IRB(BB);
      auto *A = F->getArg(0), *B = F->getArg(1), *Len = F->getArg(2);
      if (N == "memset")
        IRB.CreateMemSet(A, IRB.CreateTrunc(B, IRB.getInt8Ty()), Len, llvm::MaybeAlign(1));
      else if (N == "memcpy")
        IRB.CreateMemCpy(A, llvm::MaybeAlign(1), B, llvm::MaybeAlign(1), Len);
      else
        IRB.CreateMemMove(A, llvm::MaybeAlign(1), B, llvm::MaybeAlign(1), Len);
      if (F->getReturnType()->isVoidTy())
        IRB.CreateRetVoid();
      else
        IRB.CreateRet(A);
      continue;
    }
    if (Nvidia && isLibmName(N) && !Libdevice.empty()) {
      llvm::Function *NV = llvm::Function::Create(
          F->getFunctionType(), llvm::GlobalValue::ExternalLinkage,
          "__nv_" + N.str(), &M);
      F->replaceAllUsesWith(NV);
      F->eraseFromParent();
      NeedLibdevice = true;
      continue;
    }
    Error = "device code calls '" + N.str() +
            "', which exists only on the host (printing, heap memory and C "
            "functions are not available in a kernel for this target)";
    return false;
  }
  if (NeedLibdevice) {
    llvm::SMDiagnostic Diag;
    std::unique_ptr<llvm::Module> Lib = llvm::parseIRFile(Libdevice, Diag, C);
    if (!Lib) {
      Error = "cannot read " + Libdevice + ": " + Diag.getMessage().str();
      return false;
    }
    Lib->setTargetTriple(M.getTargetTriple());
    Lib->setDataLayout(M.getDataLayout());
    if (llvm::Linker::linkModules(M, std::move(Lib),
                                  llvm::Linker::Flags::LinkOnlyNeeded)) {
      Error = "cannot link libdevice";
      return false;
    }
  }
  return true;
}

/// AMDGPU keeps stack slots in address space 5: move every generic alloca
/// there and hand the code a flat pointer to it.
static void moveAllocasToPrivate(llvm::Module &M) {
  std::vector<llvm::AllocaInst *> Allocas;
  for (llvm::Function &F : M)
    for (llvm::BasicBlock &BB : F)
      for (llvm::Instruction &I : BB)
        if (auto *A = llvm::dyn_cast<llvm::AllocaInst>(&I))
          if (A->getAddressSpace() != 5)
            Allocas.push_back(A);
  for (llvm::AllocaInst *A : Allocas) {
    llvm::IRBuilder<> IRB(A);
    auto *New = IRB.CreateAlloca(A->getAllocatedType(), 5, A->getArraySize());
    New->setAlignment(A->getAlign());
    llvm::Value *Flat = IRB.CreateAddrSpaceCast(New, A->getType());
    A->replaceAllUsesWith(Flat);
    A->eraseFromParent();
  }
}

/// Runs the passes Build adds on M, with every analysis registered.
static void runPasses(llvm::TargetMachine *TM, llvm::Module &M,
                      llvm::function_ref<void(llvm::PassBuilder &,
                                              llvm::ModulePassManager &)>
                          Build) {
  llvm::LoopAnalysisManager LAM;
  llvm::FunctionAnalysisManager FAM;
  llvm::CGSCCAnalysisManager CGAM;
  llvm::ModuleAnalysisManager MAM;
  llvm::PassBuilder PB(TM);
  PB.registerModuleAnalyses(MAM);
  PB.registerCGSCCAnalyses(CGAM);
  PB.registerFunctionAnalyses(FAM);
  PB.registerLoopAnalyses(LAM);
  PB.crossRegisterProxies(LAM, FAM, CGAM, MAM);
  llvm::ModulePassManager MPM;
  Build(PB, MPM);
  MPM.run(M, MAM);
}

/// A CUDA toolkit program (ptxas, fatbinary), or "".
static std::string findCudaTool(llvm::StringRef Name) {
  if (const char *Off = std::getenv("IGNIS_PTXAS"); Off && llvm::StringRef(Off) == "0")
    return "";
  for (const char *Dir : {"/usr/local/cuda/bin", "/usr/lib/cuda/bin"}) {
    llvm::SmallString<128> P(Dir);
    llvm::sys::path::append(P, Name);
    if (llvm::sys::fs::can_execute(P))
      return std::string(P);
  }
  if (llvm::ErrorOr<std::string> P = llvm::sys::findProgramByName(Name))
    return *P;
  return "";
}

/// With the CUDA toolkit: the PTX assembled by ptxas for Arch, packed with
/// the PTX itself into a fatbin (the driver loads the cubin on that GPU and
/// JIT-compiles the PTX on newer ones). Without it, or if a tool fails, the
/// PTX alone (the driver JIT-compiles it).
static std::string packNvidiaImage(const std::string &Ptx, llvm::StringRef Arch,
                                   unsigned OptLevel) {
  std::string Ptxas = findCudaTool("ptxas"), Fatbinary = findCudaTool("fatbinary");
  if (Ptxas.empty() || Fatbinary.empty() || !Arch.starts_with("sm_"))
    return Ptx;
  llvm::SmallString<128> PtxPath, CubinPath, FatPath;
  int FD;
  if (llvm::sys::fs::createTemporaryFile("ignis-kernels", "ptx", FD, PtxPath))
    return Ptx;
  {
    llvm::raw_fd_ostream OS(FD, /*shouldClose=*/true);
    OS << Ptx;
  }
  llvm::sys::fs::createTemporaryFile("ignis-kernels", "cubin", CubinPath);
  llvm::sys::fs::createTemporaryFile("ignis-kernels", "fatbin", FatPath);
  std::string Result = Ptx;
  std::string OptFlag = "-O" + std::to_string(std::min(OptLevel, 3u));
  std::string ArchFlag = "-arch=" + Arch.str();
  llvm::StringRef PtxasArgs[] = {Ptxas, ArchFlag, OptFlag, PtxPath, "-o", CubinPath};
  std::optional<llvm::StringRef> Quiet[] = {std::nullopt, llvm::StringRef(""),
                                            llvm::StringRef("")};
  std::string SM = Arch.drop_front(3).str();
  std::string Elf = "--image3=kind=elf,sm=" + SM + ",file=" + CubinPath.str().str();
  std::string Text = "--image3=kind=ptx,sm=" + SM + ",file=" + PtxPath.str().str();
  std::string Create = "--create=" + FatPath.str().str();
  llvm::StringRef FatArgs[] = {Fatbinary, Create, "-64", Elf, Text};
  if (llvm::sys::ExecuteAndWait(Ptxas, PtxasArgs, std::nullopt, Quiet) == 0 &&
      llvm::sys::ExecuteAndWait(Fatbinary, FatArgs, std::nullopt, Quiet) == 0)
    if (auto Buf = llvm::MemoryBuffer::getFile(FatPath))
      Result = (*Buf)->getBuffer().str();
  llvm::sys::fs::remove(PtxPath);
  llvm::sys::fs::remove(CubinPath);
  llvm::sys::fs::remove(FatPath);
  return Result;
}

void ignis::pruneDeviceModule(mlir::ModuleOp M) {
  mlir::SymbolTable Symbols(M);
  llvm::SmallPtrSet<mlir::Operation *, 32> Live;
  llvm::SmallVector<mlir::Operation *, 64> Work;
  for (mlir::Operation &Op : M.getBody()->getOperations()) {
    auto Name = Op.getAttrOfType<mlir::StringAttr>(
        mlir::SymbolTable::getSymbolAttrName());
    // What is not a symbol stays, and so do the kernel entries (compiled
    // below as the image's only external functions).
    if (!Name || (Name.getValue().starts_with("ignis_kernel_") &&
                  !Name.getValue().contains('$')))
      if (Live.insert(&Op).second)
        Work.push_back(&Op);
  }
  while (!Work.empty()) {
    mlir::Operation *Op = Work.pop_back_val();
    std::optional<mlir::SymbolTable::UseRange> Uses =
        mlir::SymbolTable::getSymbolUses(Op);
    if (!Uses)
      return; // an op that may hide uses: keep everything
    for (const mlir::SymbolTable::SymbolUse &U : *Uses)
      if (mlir::Operation *Def =
              Symbols.lookup(U.getSymbolRef().getRootReference()))
        if (Live.insert(Def).second)
          Work.push_back(Def);
  }
  for (mlir::Operation &Op :
       llvm::make_early_inc_range(M.getBody()->getOperations()))
    if (!Live.count(&Op))
      Op.erase();
}

std::unique_ptr<DeviceCode> ignis::translateDeviceModule(mlir::ModuleOp Mod,
                                                         bool Nvidia,
                                                         llvm::StringRef Arch,
                                                         unsigned OptLevel,
                                                         std::string &Error) {
  initGpuTargets();
  llvm::Triple Triple(Nvidia ? "nvptx64-nvidia-cuda" : "amdgcn-amd-amdhsa");
  std::string LookupError;
  const llvm::Target *Target = llvm::TargetRegistry::lookupTarget(Triple, LookupError);
  if (!Target) {
    Error = "no " + Triple.str() + " target in this LLVM: " + LookupError;
    return nullptr;
  }
  std::string CPU = Arch.empty() ? (Nvidia ? "sm_90" : "gfx942") : Arch.str();
  llvm::CodeGenOptLevel Level = OptLevel == 0 ? llvm::CodeGenOptLevel::None
                                : OptLevel == 1 ? llvm::CodeGenOptLevel::Less
                                : OptLevel == 2 ? llvm::CodeGenOptLevel::Default
                                                : llvm::CodeGenOptLevel::Aggressive;
  llvm::TargetOptions TO;
  std::unique_ptr<llvm::TargetMachine> TM(Target->createTargetMachine(
      Triple, CPU, "", TO, llvm::Reloc::PIC_, std::nullopt, Level));
  if (!TM) {
    Error = "cannot create a target machine for " + Triple.str() + " (" + CPU + ")";
    return nullptr;
  }
  Mod->setAttr(mlir::LLVM::LLVMDialect::getDataLayoutAttrName(),
               mlir::StringAttr::get(Mod.getContext(),
                                     TM->createDataLayout().getStringRepresentation()));
  auto D = std::make_unique<DeviceCode>();
  D->Ctx = std::make_unique<llvm::LLVMContext>();
  D->M = mlir::translateModuleToLLVMIR(Mod, *D->Ctx, "ignis-device");
  if (!D->M) {
    Error = "translation of the device module to LLVM IR failed";
    return nullptr;
  }
  D->TM = std::move(TM);
  D->Nvidia = Nvidia;
  D->CPU = CPU;
  D->OptLevel = OptLevel;
  return D;
}

bool ignis::compileDeviceCode(DeviceCode &D, std::string &Asm,
                              std::string &Image, std::string &Error) {
  const bool Nvidia = D.Nvidia;
  const unsigned OptLevel = D.OptLevel;
  const std::string &CPU = D.CPU;
  llvm::TargetMachine *TM = D.TM.get();
  const llvm::Triple &Triple = TM->getTargetTriple();
  std::unique_ptr<llvm::Module> &M = D.M;
  M->setTargetTriple(Triple);
  M->setDataLayout(TM->createDataLayout());
  // Only the kernel entries stay visible; the rest is internal and what the
  // entries do not reach is dropped.
  for (llvm::Function &F : *M) {
    if (F.isDeclaration())
      continue;
    if (F.getName().starts_with("ignis_kernel_") && !F.getName().contains('$')) {
      F.setLinkage(llvm::GlobalValue::ExternalLinkage);
      F.setCallingConv(Nvidia ? llvm::CallingConv::PTX_Kernel
                              : llvm::CallingConv::AMDGPU_KERNEL);
      continue;
    }
    F.setLinkage(llvm::GlobalValue::InternalLinkage);
  }
  for (llvm::GlobalVariable &G : M->globals())
    if (!G.isDeclaration())
      G.setLinkage(llvm::GlobalValue::InternalLinkage);
  runPasses(TM, *M, [](llvm::PassBuilder &, llvm::ModulePassManager &MPM) {
    MPM.addPass(llvm::GlobalDCEPass());
  });
  // NVPTX cannot pass empty structs (`self` of a field-less struct such as
  // the thread_idx accessor): at -O0 the functions that take or return one
  // are inlined anyway, as the optimising pipelines always do.
  if (OptLevel == 0) {
    auto IsEmpty = [](llvm::Type *T) {
      auto *ST = llvm::dyn_cast<llvm::StructType>(T);
      return ST && ST->getNumElements() == 0;
    };
    for (llvm::Function &F : *M) {
      if (F.isDeclaration() || !F.hasInternalLinkage())
        continue;
      bool Empty = IsEmpty(F.getReturnType());
      for (llvm::Argument &A : F.args())
        Empty |= IsEmpty(A.getType());
      if (Empty) {
        F.removeFnAttr(llvm::Attribute::NoInline);
        F.removeFnAttr(llvm::Attribute::OptimizeNone);
        F.addFnAttr(llvm::Attribute::AlwaysInline);
      }
    }
    runPasses(TM, *M, [](llvm::PassBuilder &, llvm::ModulePassManager &MPM) {
      MPM.addPass(llvm::AlwaysInlinerPass());
      MPM.addPass(llvm::GlobalDCEPass());
    });
  }
  if (!Nvidia)
    moveAllocasToPrivate(*M);
  if (!applyDevicePolicy(*M, Nvidia, Error))
    return false;
  for (llvm::Function &F : *M)
    if (!F.isDeclaration()) {
      F.addFnAttr("target-cpu", CPU);
      F.addFnAttr(llvm::Attribute::NoUnwind);
    }
  std::string VerifyErrors;
  llvm::raw_string_ostream VOS(VerifyErrors);
  if (llvm::verifyModule(*M, &VOS)) {
    Error = "device LLVM IR does not verify: " + VerifyErrors;
    return false;
  }
  {
    llvm::OptimizationLevel OL = OptLevel == 0   ? llvm::OptimizationLevel::O0
                                 : OptLevel == 1 ? llvm::OptimizationLevel::O1
                                 : OptLevel == 2 ? llvm::OptimizationLevel::O2
                                                 : llvm::OptimizationLevel::O3;
    runPasses(TM, *M, [&](llvm::PassBuilder &PB, llvm::ModulePassManager &MPM) {
      // mem2reg before SROA, as for host code (Pipeline.cpp).
      PB.registerPipelineStartEPCallback(
          [](llvm::ModulePassManager &P, llvm::OptimizationLevel) {
            P.addPass(llvm::createModuleToFunctionPassAdaptor(llvm::PromotePass()));
          });
      MPM = OptLevel == 0 ? PB.buildO0DefaultPipeline(OL)
                          : PB.buildPerModuleDefaultPipeline(OL);
    });
  }
  auto Emit = [&](llvm::CodeGenFileType Kind, std::string &Out) {
    llvm::SmallString<0> Buf;
    llvm::raw_svector_ostream OS(Buf);
    llvm::legacy::PassManager PM;
    if (TM->addPassesToEmitFile(PM, OS, nullptr, Kind)) {
      Error = "the " + Triple.str() + " target cannot emit this file type";
      return false;
    }
    PM.run(*M);
    Out = std::string(Buf.str());
    return true;
  };
  // The assembly printer changes the module: print from a copy for AMDGPU,
  // which needs an object too.
  if (Nvidia) {
    if (!Emit(llvm::CodeGenFileType::AssemblyFile, Asm))
      return false;
    Image = packNvidiaImage(Asm, CPU, OptLevel);
    return true;
  }
  std::unique_ptr<llvm::Module> Copy = llvm::CloneModule(*M);
  {
    llvm::SmallString<0> Buf;
    llvm::raw_svector_ostream OS(Buf);
    llvm::legacy::PassManager PM;
    if (TM->addPassesToEmitFile(PM, OS, nullptr, llvm::CodeGenFileType::AssemblyFile)) {
      Error = "the AMDGPU target cannot emit assembly";
      return false;
    }
    PM.run(*Copy);
    Asm = std::string(Buf.str());
  }
  std::string Obj;
  if (!Emit(llvm::CodeGenFileType::ObjectFile, Obj))
    return false;
  // An HSACO is the object linked as a shared library; without ld.lld the
  // program carries no AMD image (the runtime then says so at launch).
  llvm::ErrorOr<std::string> LLD = llvm::sys::findProgramByName("ld.lld-22");
  if (!LLD)
    LLD = llvm::sys::findProgramByName("ld.lld", {"/usr/lib/llvm-22/bin"});
  if (!LLD)
    return true;
  llvm::SmallString<128> ObjPath, OutPath;
  int FD;
  if (llvm::sys::fs::createTemporaryFile("ignis-amdgpu", "o", FD, ObjPath) ||
      llvm::sys::fs::createTemporaryFile("ignis-amdgpu", "hsaco", OutPath))
    return true;
  {
    llvm::raw_fd_ostream OS(FD, /*shouldClose=*/true);
    OS << Obj;
  }
  llvm::StringRef Argv[] = {*LLD, "-shared", ObjPath, "-o", OutPath};
  if (llvm::sys::ExecuteAndWait(*LLD, Argv) == 0)
    if (auto Buf = llvm::MemoryBuffer::getFile(OutPath))
      Image = (*Buf)->getBuffer().str();
  llvm::sys::fs::remove(ObjPath);
  llvm::sys::fs::remove(OutPath);
  return true;
}

bool ignis::compileDeviceModule(mlir::ModuleOp Mod, bool Nvidia,
                                llvm::StringRef Arch, unsigned OptLevel,
                                std::string &Asm, std::string &Image,
                                std::string &Error) {
  std::unique_ptr<DeviceCode> D =
      translateDeviceModule(Mod, Nvidia, Arch, OptLevel, Error);
  return D && compileDeviceCode(*D, Asm, Image, Error);
}
