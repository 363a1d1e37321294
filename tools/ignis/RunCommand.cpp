//===- RunCommand.cpp - `ignis run FILE [args...]`: compile and JIT-run ---===//
//
// The program runs in-process through ORC LLJIT; its exit status becomes
// ignis's. `ignis FILE [args...]` is the same command (see ignis.cpp).
//
//===----------------------------------------------------------------------===//
#include "tools/ignis/CompileSteps.h"
#include "tools/ignis/Compilation.h"
#include "tools/ignis/CrashReporter.h"
#include "tools/ignis/DriverOptions.h"

#include "llvm/Support/raw_ostream.h"

using namespace ignis;
namespace cl = llvm::cl;

static cl::SubCommand &RunCmd = getRunSubCommand();

static cl::opt<std::string> InputFile(cl::Positional, cl::Required,
                                      cl::desc("<file.mojo>"),
                                      cl::cat(getIgnisCategory()),
                                      cl::sub(RunCmd));

static cl::list<std::string>
    ProgramArgs(cl::ConsumeAfter, cl::desc("<program arguments>..."),
                cl::cat(getIgnisCategory()), cl::sub(RunCmd));

bool ignis::isRunCommandSelected() { return static_cast<bool>(RunCmd); }

static int runProgram(Compilation &C, CrashReporter &Reporter) {
  if (!applyDebugCrashOption(C) || !checkCodegenOptions())
    return 1;
  C.enterStage(Stage::Starting);
  std::optional<unsigned> Buffer = C.loadInput(InputFile);
  if (!Buffer || !emitDebugDiagnostics(C, *Buffer))
    return 1;

  TypeContext Types;
  std::unique_ptr<cir::Program> P = checkMainFile(C, *Buffer, Types);
  if (!P)
    return 1;
  C.getDiags().finish(); // warnings come before the program's output

  CodegenOptions CG = getCodegenOptions();
  CG.DeviceCodeOnlyWithGpu = true; // kernels run here: no GPU, no PTX
  CodeGenerator Gen(CG);
  generateCode(C, Reporter, Gen, *P, /*Lower=*/true);
  C.enterStage(Stage::Running);
  std::vector<std::string> Args{InputFile.getValue()};
  Args.insert(Args.end(), ProgramArgs.begin(), ProgramArgs.end());
  int Status = Gen.run(Args);
  if (Status < 0 && !Gen.getError().empty())
    reportInternalError(Reporter, Gen.getError());
  return Status;
}

int ignis::runRunCommand(CrashReporter &Reporter) {
  Compilation C(getDiagnosticOptions(), llvm::errs(), &Reporter);
  int Status = runProgram(C, Reporter);
  C.getDiags().finish();
  if (C.getDiags().hasErrors() && Status == 0)
    Status = 1;
  return Status;
}
