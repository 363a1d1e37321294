//===- Compilation.cpp - One compilation: sources, diagnostics, AST, stage ===//
#include "tools/ignis/Compilation.h"

#include "tools/ignis/CrashReporter.h"
#include "llvm/Support/ErrorHandling.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/raw_ostream.h"
#include <cstdlib>

using namespace ignis;

static const char *const StageNames[] = {
#define IGNIS_STAGE_NAME(Id, Name) Name,
    IGNIS_COMPILATION_STAGES(IGNIS_STAGE_NAME)
#undef IGNIS_STAGE_NAME
};

llvm::StringRef ignis::getStageName(Stage S) {
  return StageNames[static_cast<unsigned>(S)];
}

std::optional<Stage> ignis::lookupStage(llvm::StringRef Name) {
  for (unsigned I = 0; I != std::size(StageNames); ++I)
    if (Name == StageNames[I])
      return static_cast<Stage>(I);
  return std::nullopt;
}

std::string ignis::getStageNameList() {
  std::string Out;
  for (const char *Name : StageNames) {
    if (!Out.empty())
      Out += ", ";
    Out += Name;
  }
  return Out;
}

static bool shouldUseColor(ColorMode Mode) {
  switch (Mode) {
  case ColorMode::Always:
    return true;
  case ColorMode::Never:
    return false;
  case ColorMode::Auto:
    if (const char *NoColor = std::getenv("NO_COLOR"); NoColor && *NoColor)
      return false;
    return llvm::sys::Process::StandardErrHasColors();
  }
  return false;
}

Compilation::Compilation(const DiagnosticOptions &Opts,
                         llvm::raw_ostream &DiagOS, CrashReporter *Reporter)
    : Diags(SM), Reporter(Reporter) {
  if (Opts.Format == DiagnosticsFormat::JSON)
    Printer = std::make_unique<JSONDiagnosticPrinter>(DiagOS, SM);
  else
    Printer = std::make_unique<TextDiagnosticPrinter>(
        DiagOS, SM, shouldUseColor(Opts.Color));
  Diags.addConsumer(Printer.get());
  Diags.setErrorLimit(Opts.ErrorLimit);
  Diags.setWarningsAsErrors(Opts.WarningsAsErrors);
  Diags.setSuppressWarnings(Opts.SuppressWarnings);
  if (Reporter)
    Reporter->setActive(this);
}

Compilation::~Compilation() {
  Diags.finish();
  if (Reporter)
    Reporter->setActive(nullptr);
}

std::optional<unsigned> Compilation::loadInput(llvm::StringRef Path) {
  InputName = Path.str();
  enterStage(Stage::Reading);
  std::string Error;
  std::optional<unsigned> ID = SM.addFile(Path, Error);
  if (!ID)
    Diags.report(SourceLoc(), DiagID::err_cannot_open_file) << Path << Error;
  return ID;
}

// Kept out of line and unsanitized so that the crash is a real SIGSEGV in
// every build, sanitizers included.
__attribute__((noinline, no_sanitize("address", "undefined"))) static void
writeThroughNull() {
  volatile int *Null = nullptr;
  *Null = 0;
}

void Compilation::enterStage(Stage S) {
  CurrentStage = S;
  if (!DebugCrashStage || *DebugCrashStage != S)
    return;
  if (DebugCrashIsFatalError)
    llvm::reportFatalInternalError("crash requested by --debug-crash-in");
  writeThroughNull();
}
