//===- CompileSteps.cpp - Steps shared by build and run: check, codegen ---===//
#include "tools/ignis/CompileSteps.h"

#include "sema/Sema.h"
#include "tools/ignis/Compilation.h"
#include "tools/ignis/CrashReporter.h"
#include "tools/ignis/DriverOptions.h"

using namespace ignis;

std::unique_ptr<cir::Program> ignis::checkMainFile(Compilation &C,
                                                   unsigned Buffer,
                                                   TypeContext &Types) {
  // checkProgram lexes and parses the main file and its imports as it goes.
  C.enterStage(Stage::Lexing);
  C.enterStage(Stage::Parsing);
  C.enterStage(Stage::Checking);
  std::unique_ptr<cir::Program> P =
      checkProgram(getSemaOptions(), C.getSourceManager(), C.getASTContext(),
                   Types, Buffer, C.getDiags());
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
  if (!Gen.generate(P, C.getSourceManager()))
    reportInternalError(Reporter, Gen.getError());
  if (!Lower)
    return;
  C.enterStage(Stage::Optimizing);
  if (!Gen.lower())
    reportInternalError(Reporter, Gen.getError());
}
