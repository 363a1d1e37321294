//===- JIT.cpp - Run the program's main in-process with ORC LLJIT ---------===//
//
// The runtime is linked into ignis: its functions are defined in the JIT
// as absolute symbols (listed below, which also makes the static linker keep
// them); libc and libm resolve from the current process.
//
//===----------------------------------------------------------------------===//
#include "codegen/CodegenImpl.h"
#include "ignis_gpu_runtime.h"
#include "ignis_runtime.h"

#include "llvm/ExecutionEngine/Orc/ExecutionUtils.h"
#include "llvm/ExecutionEngine/Orc/JITTargetMachineBuilder.h"
#include "llvm/ExecutionEngine/Orc/LLJIT.h"
#include "llvm/ExecutionEngine/Orc/ThreadSafeModule.h"
#include "llvm/Support/Error.h"
#include "llvm/TargetParser/SubtargetFeature.h"
#include "llvm/Support/raw_ostream.h"
#include <vector>

using namespace ignis;

/// Every function of stdlib/runtime/ignis_runtime.h; add new ones here.
#define IGNIS_RUNTIME_FUNCTIONS(X)                                             \
  X(ignis_rt_init) X(ignis_rt_argc) X(ignis_rt_argv) X(ignis_rt_exit)          \
  X(ignis_rt_write) X(ignis_rt_write_err) X(ignis_rt_flush)                    \
  X(ignis_rt_format_int) X(ignis_rt_format_uint) X(ignis_rt_format_f64)        \
  X(ignis_rt_format_f32) X(ignis_rt_format_f16) X(ignis_rt_format_bf16)        \
  X(ignis_rt_alloc) X(ignis_rt_free) X(ignis_rt_realloc) X(ignis_rt_abort)     \
  X(ignis_rt_panic_bounds) X(ignis_rt_perf_counter_ns)                \
  X(ignis_rt_parse_int) X(ignis_rt_parse_float)                             \
  X(ignis_rt_sleep_ns) X(ignis_rt_parallel_for) X(ignis_rt_num_workers)  \
  IGNIS_GPU_RUNTIME_FUNCTIONS(X)

static llvm::Error defineRuntimeSymbols(llvm::orc::LLJIT &JIT) {
  llvm::orc::SymbolMap Symbols;
  llvm::orc::MangleAndInterner Mangle(JIT.getExecutionSession(),
                                      JIT.getDataLayout());
#define IGNIS_RUNTIME_SYMBOL(Name)                                             \
  Symbols[Mangle(#Name)] = {llvm::orc::ExecutorAddr::fromPtr(&Name),           \
                            llvm::JITSymbolFlags::Exported |                   \
                                llvm::JITSymbolFlags::Callable};
  IGNIS_RUNTIME_FUNCTIONS(IGNIS_RUNTIME_SYMBOL)
#undef IGNIS_RUNTIME_SYMBOL
  return JIT.getMainJITDylib().define(
      llvm::orc::absoluteSymbols(std::move(Symbols)));
}

int CodeGenerator::run(
    llvm::ArrayRef<std::string> Args,
    llvm::function_ref<int(MainFunction, int, char **)> Invoke) {
  if (!I->LLVMModule || !I->TM) {
    Error = "run needs lower() first";
    return -1;
  }
  auto Fail = [&](llvm::Error E) {
    Error = "cannot run the program: " + llvm::toString(std::move(E));
    return -1;
  };
  llvm::orc::JITTargetMachineBuilder JTMB(I->TM->getTargetTriple());
  JTMB.setCPU(I->TM->getTargetCPU().str());
  JTMB.addFeatures(
      llvm::SubtargetFeatures(I->TM->getTargetFeatureString()).getFeatures());
  JTMB.setCodeGenOptLevel(I->TM->getOptLevel());
  auto JIT = llvm::orc::LLJITBuilder()
                 .setJITTargetMachineBuilder(std::move(JTMB))
                 .create();
  if (!JIT)
    return Fail(JIT.takeError());
  auto Process =
      llvm::orc::DynamicLibrarySearchGenerator::GetForCurrentProcess(
          (*JIT)->getDataLayout().getGlobalPrefix());
  if (!Process)
    return Fail(Process.takeError());
  (*JIT)->getMainJITDylib().addGenerator(std::move(*Process));
  if (llvm::Error E = defineRuntimeSymbols(**JIT))
    return Fail(std::move(E));

  I->LLVMModule->setDataLayout((*JIT)->getDataLayout());
  llvm::orc::ThreadSafeModule TSM(std::move(I->LLVMModule),
                                  std::move(I->LLVMCtx));
  if (llvm::Error E = (*JIT)->addIRModule(std::move(TSM)))
    return Fail(std::move(E));
  auto Main = (*JIT)->lookup("main");
  if (!Main)
    return Fail(Main.takeError());

  std::vector<std::string> Storage(Args.begin(), Args.end());
  std::vector<char *> Argv;
  for (std::string &S : Storage)
    Argv.push_back(S.data());
  Argv.push_back(nullptr);
  // The program writes through the runtime; ours must come out first.
  llvm::outs().flush();
  llvm::errs().flush();
  auto *Entry = Main->toPtr<MainFunction>();
  if (Invoke)
    return Invoke(Entry, static_cast<int>(Args.size()), Argv.data());
  return Entry(static_cast<int>(Args.size()), Argv.data());
}
