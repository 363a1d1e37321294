//===- CompileSteps.cpp - Steps shared by build and run: check, codegen ---===//
#include "tools/ignis/CompileSteps.h"

#include "sema/Sema.h"
#include "tools/ignis/Compilation.h"
#include "tools/ignis/CrashReporter.h"
#include "tools/ignis/DriverOptions.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/raw_ostream.h"
#include <chrono>
#include <cstdlib>
#include <string_view>
#include <sys/resource.h>

using namespace ignis;

std::unique_ptr<cir::Program> ignis::checkMainFile(Compilation &C,
                                                   unsigned Buffer,
                                                   TypeContext &Types) {
  // checkProgram lexes and parses the main file and its imports as it goes.
  C.enterStage(Stage::Lexing);
  C.enterStage(Stage::Parsing);
  C.enterStage(Stage::Checking);
  auto Start = std::chrono::steady_clock::now();
  std::unique_ptr<cir::Program> P =
      checkProgram(getSemaOptions(), C.getSourceManager(), C.getASTContext(),
                   Types, Buffer, C.getDiags());
  // IGNIS_TIME_PASSES: this stage's time, as codegen prints its own stages.
  if (const char *V = std::getenv("IGNIS_TIME_PASSES");
      V && *V && std::string_view(V) != "0") {
    std::chrono::duration<double, std::milli> D =
        std::chrono::steady_clock::now() - Start;
    llvm::errs() << "ignis: lex, parse and check (with the stdlib): "
                 << llvm::format("%.1f", D.count()) << " ms\n";
  }
  if (C.getDiags().hasErrors())
    return nullptr;
  return P;
}

void ignis::reportInternalError(CrashReporter &Reporter,
                                const std::string &Message) {
  Reporter.report(Message.c_str());
}

void ignis::generateCode(Compilation &C, CrashReporter &Reporter,
                         CodeGenerator &Gen, const cir::Program &P,
                         bool Lower) {
  C.enterStage(Stage::GeneratingCode);
  if (!Gen.generate(P, C.getSourceManager(), /*WillLower=*/Lower))
    reportInternalError(Reporter, Gen.getError());
  if (!Lower)
    return;
  C.enterStage(Stage::Optimizing);
  if (!Gen.lower())
    reportInternalError(Reporter, Gen.getError());
}

void ignis::reportCpuTimes() {
  const char *V = std::getenv("IGNIS_TIME_PASSES");
  if (!V || !*V || std::string_view(V) == "0")
    return;
  auto Ms = [](const rusage &U) {
    return (U.ru_utime.tv_sec + U.ru_stime.tv_sec) * 1e3 +
           (U.ru_utime.tv_usec + U.ru_stime.tv_usec) / 1e3;
  };
  rusage Self{}, Children{};
  getrusage(RUSAGE_SELF, &Self);
  getrusage(RUSAGE_CHILDREN, &Children);
  llvm::errs() << "ignis: CPU time:";
#ifdef RUSAGE_THREAD
  // On an idle machine the main thread's time is about the wall time: the
  // other threads' work runs beside it.
  rusage Main{};
  getrusage(RUSAGE_THREAD, &Main);
  llvm::errs() << " main thread " << llvm::format("%.1f", Ms(Main)) << " ms,";
#endif
  llvm::errs() << " all threads " << llvm::format("%.1f", Ms(Self))
               << " ms, tools (ptxas, linker) "
               << llvm::format("%.1f", Ms(Children)) << " ms\n";
}
