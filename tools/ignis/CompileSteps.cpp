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
