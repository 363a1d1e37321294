//===- ParallelEmit.cpp - Machine code of a large module on several threads ===//
//
// Instruction selection and register allocation take a third of the build
// of a large program and treat each function alone, so a large optimised
// module is split into parts (llvm::SplitModule: local symbols become hidden
// globals so the parts link), each part moves to its own LLVM context as
// bitcode (an LLVMContext is not thread-safe), and the parts are compiled
// to objects at the same time. The linker joins them.
//
//===----------------------------------------------------------------------===//
#include "codegen/CodegenImpl.h"

#include "llvm/Bitcode/BitcodeReader.h"
#include "llvm/Bitcode/BitcodeWriter.h"
#include "llvm/IR/LegacyPassManager.h"
#include "llvm/Passes/PassBuilder.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Transforms/Utils/SplitModule.h"

#include <algorithm>
#include <thread>

using namespace ignis;

unsigned ignis::objectPartCount(const llvm::Module &M,
                                const CodegenOptions &Opts) {
  if (Opts.Threads < 2)
    return 1;
  // Below Opts.InstructionsPerPart the split, the bitcode round trip and
  // another object to link cost more than they save.
  size_t Instructions = 0;
  for (const llvm::Function &F : M)
    Instructions += F.getInstructionCount();
  size_t Parts = Instructions / Opts.InstructionsPerPart;
  return static_cast<unsigned>(std::clamp<size_t>(Parts, 1, Opts.Threads));
}

/// The optimisation half of the -O pipeline (what follows the module
/// simplification in buildPerModuleDefaultPipeline) on M.
static void optimise(llvm::Module &M, llvm::TargetMachine &TM,
                     unsigned OptLevel) {
  llvm::LoopAnalysisManager LAM;
  llvm::FunctionAnalysisManager FAM;
  llvm::CGSCCAnalysisManager CGAM;
  llvm::ModuleAnalysisManager MAM;
  llvm::PipelineTuningOptions PTO;
  PTO.LoopVectorization = OptLevel >= 2;
  PTO.SLPVectorization = OptLevel >= 2;
  llvm::PassBuilder PB(&TM, PTO);
  PB.registerModuleAnalyses(MAM);
  PB.registerCGSCCAnalyses(CGAM);
  PB.registerFunctionAnalyses(FAM);
  PB.registerLoopAnalyses(LAM);
  PB.crossRegisterProxies(LAM, FAM, CGAM, MAM);
  llvm::OptimizationLevel Level = OptLevel == 1   ? llvm::OptimizationLevel::O1
                                  : OptLevel == 2 ? llvm::OptimizationLevel::O2
                                                  : llvm::OptimizationLevel::O3;
  llvm::ModulePassManager MPM = PB.buildModuleOptimizationPipeline(
      Level, llvm::ThinOrFullLTOPhase::None);
  MPM.run(M, MAM);
}

/// Generates M's object code into Out with a fresh target machine for Opts
/// (after the optimisation half of the pipeline, with Optimise).
static bool emitObject(llvm::Module &M, const CodegenOptions &Opts,
                       bool Optimise, llvm::SmallString<0> &Out,
                       std::string &Error) {
  std::unique_ptr<llvm::TargetMachine> TM = createTargetMachine(Opts, Error);
  if (!TM)
    return false;
  if (Optimise)
    optimise(M, *TM, Opts.OptLevel);
  llvm::raw_svector_ostream OS(Out);
  llvm::legacy::PassManager PM;
  if (TM->addPassesToEmitFile(PM, OS, nullptr,
                              llvm::CodeGenFileType::ObjectFile)) {
    Error = "the target cannot emit an object file";
    return false;
  }
  PM.run(M);
  return true;
}

bool ignis::emitObjectParts(llvm::Module &M, const CodegenOptions &Opts,
                            unsigned Parts, bool Optimise,
                            std::vector<llvm::SmallString<0>> &Objects,
                            std::string &Error) {
  if (Parts < 2) {
    Objects.resize(1);
    return emitObject(M, Opts, Optimise, Objects[0], Error);
  }
  // The split and the bitcode writing read M's context, so both happen
  // here before any thread starts; the first part stays in M's context and
  // is compiled on this thread.
  std::unique_ptr<llvm::Module> First;
  std::vector<llvm::SmallString<0>> Bitcode;
  llvm::SplitModule(
      M, Parts,
      [&](std::unique_ptr<llvm::Module> Part) {
        if (!First) {
          First = std::move(Part);
          return;
        }
        llvm::raw_svector_ostream OS(Bitcode.emplace_back());
        llvm::WriteBitcodeToFile(*Part, OS);
      },
      /*PreserveLocals=*/false, /*RoundRobin=*/true);
  Objects.assign(Bitcode.size() + 1, {});
  std::vector<std::string> Errors(Bitcode.size() + 1);
  std::vector<std::thread> Threads;
  for (size_t I = 0; I < Bitcode.size(); ++I)
    Threads.emplace_back([&, I] {
      llvm::LLVMContext Ctx;
      llvm::Expected<std::unique_ptr<llvm::Module>> Part =
          llvm::parseBitcodeFile(
              llvm::MemoryBufferRef(Bitcode[I].str(), "ignis-part"), Ctx);
      if (!Part) {
        Errors[I + 1] = llvm::toString(Part.takeError());
        return;
      }
      emitObject(**Part, Opts, Optimise, Objects[I + 1], Errors[I + 1]);
    });
  emitObject(*First, Opts, Optimise, Objects[0], Errors[0]);
  for (std::thread &T : Threads)
    T.join();
  for (const std::string &E : Errors)
    if (!E.empty()) {
      Error = "code generation of a module part failed: " + E;
      return false;
    }
  return true;
}
