//===- RunCommand.cpp - `ignis run FILE [args...]`: compile and JIT-run ---===//
//
// The program is JIT-compiled in-process through ORC LLJIT and its main runs
// in a forked child (ChildProcess.h), so a crash is the program's: reported
// with the signal, exiting 128 + signal as a shell reports a built
// executable (a program on a real GPU runs in-process, dying by the signal).
// Its exit status becomes ignis's. `ignis FILE [args...]` is the same command
// (see ignis.cpp); --emit=KIND prints a stage instead.
//
//===----------------------------------------------------------------------===//
#include "tools/ignis/ChildProcess.h"
#include "tools/ignis/Compilation.h"
#include "tools/ignis/CompileSteps.h"
#include "tools/ignis/CrashReporter.h"
#include "tools/ignis/DriverOptions.h"

#include "ignis_gpu_runtime.h"
#include "ignis_runtime.h"
#include "llvm/Support/raw_ostream.h"
#include <csignal>
#include <cstdio>
#include <cstdlib>

using namespace ignis;
namespace cl = llvm::cl;

static cl::SubCommand &RunCmd = getRunSubCommand();

static cl::opt<std::string> InputFile(cl::Positional, cl::Required,
                                      cl::desc("<file.mojo>"),
                                      cl::cat(getIgnisCategory()),
                                      cl::sub(RunCmd));

static cl::list<std::string> ProgramArgs(cl::ConsumeAfter,
                                         cl::desc("<program arguments>..."),
                                         cl::cat(getIgnisCategory()),
                                         cl::sub(RunCmd));

bool ignis::isRunCommandSelected() { return static_cast<bool>(RunCmd); }

/// A program whose kernels were compiled for a GPU found here has the GPU
/// driver initialised in this process (codegen asked whether there is
/// one), and CUDA and HIP do not survive fork: it runs in this process.
/// IGNIS_RUN_IN_PROCESS=1 asks for the same (tests, debugging).
static bool mustRunInProcess(const cir::Program &P) {
  if (const char *Env = std::getenv("IGNIS_RUN_IN_PROCESS"))
    if (*Env && llvm::StringRef(Env) != "0")
      return true;
  const char *Forced = std::getenv("IGNIS_DEVICE");
  if (Forced && llvm::StringRef(Forced) == "cpu")
    return false;
  for (const cir::Program::Kernel &K : P.Kernels)
    if (K.Gpu)
      return ignis_gpu_has_accelerator() != 0;
  return false;
}

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
  auto RunMain = [&](CodeGenerator::MainFunction Main, int Argc, char **Argv) {
    int Result = Main(Argc, Argv);
    ignis_rt_flush(); // a child _exits: what the program buffered goes out
    std::fflush(nullptr);
    return Result;
  };
  if (mustRunInProcess(*P)) {
    int Status = Gen.run(
        Args, [&](CodeGenerator::MainFunction Main, int Argc, char **Argv) {
          return runReportingCrashes([&] { return RunMain(Main, Argc, Argv); },
                                     InputFile.getValue());
        });
    if (Status < 0 && !Gen.getError().empty())
      reportInternalError(Reporter, Gen.getError());
    return Status;
  }
  ChildExit Exit;
  std::string ForkError;
  bool Forked = false;
  int Status = Gen.run(
      Args, [&](CodeGenerator::MainFunction Main, int Argc, char **Argv) {
        Forked = runInChild(
            [&] {
              restoreDefaultSignals();
              return RunMain(Main, Argc, Argv);
            },
            Exit, ForkError);
        return 0;
      });
  if (Status < 0 && !Gen.getError().empty())
    reportInternalError(Reporter, Gen.getError());
  if (!Forked) {
    llvm::errs() << "ignis: error: " << ForkError << "\n";
    return 1;
  }
  // Ctrl-C ends the program quietly, as it ends a built executable.
  if (Exit.Signaled && Exit.Value != SIGINT)
    llvm::errs() << "ignis: the program '" << InputFile.getValue()
                 << "' crashed: " << getSignalName(Exit.Value) << " ("
                 << getSignalMeaning(Exit.Value) << ")\n";
  return Exit.getShellStatus();
}

int ignis::runRunCommand(CrashReporter &Reporter) {
  if (isEmitGiven()) {
    if (isEmitToFile()) {
      llvm::errs() << "ignis: error: '--emit=" << getEmitName()
                   << "' writes a file, which 'run' does not; use 'ignis "
                      "build --emit="
                   << getEmitName() << " " << InputFile.getValue() << "'\n";
      return 1;
    }
    if (!ProgramArgs.empty()) {
      llvm::errs() << "ignis: error: '--emit' prints a stage and runs "
                      "nothing, so it takes no program arguments\n";
      return 1;
    }
    return compileFile(Reporter, InputFile);
  }
  Compilation C(getDiagnosticOptions(), llvm::errs(), &Reporter);
  int Status = runProgram(C, Reporter);
  C.getDiags().finish();
  if (C.getDiags().hasErrors() && Status == 0)
    Status = 1;
  return Status;
}
