//===- CrashReporter.cpp - Internal errors: report stage and input, exit 70 ===//
#include "tools/ignis/CrashReporter.h"

#include "tools/ignis/Compilation.h"
#include "llvm/Support/ErrorHandling.h"
#include "llvm/Support/Signals.h"
#include "llvm/Support/raw_ostream.h"
#include <cstdlib>
#include <cstring>
#include <unistd.h>

using namespace ignis;

// Only write(2) from here on: the process may be in a signal handler.
static void writeStderr(const char *S, size_t N) {
  while (N != 0) {
    ssize_t Written = ::write(STDERR_FILENO, S, N);
    if (Written <= 0)
      return;
    S += Written;
    N -= Written;
  }
}
static void writeStderr(const char *S) { writeStderr(S, std::strlen(S)); }
static void writeStderr(llvm::StringRef S) { writeStderr(S.data(), S.size()); }

void CrashReporter::report(const char *Reason) const {
  writeStderr("ignis: internal compiler error");
  if (const Compilation *C = Active) {
    writeStderr(" while ");
    writeStderr(getStageName(C->getStage()));
    if (!C->getInputName().empty()) {
      writeStderr(" '");
      writeStderr(C->getInputName());
      writeStderr("'");
    }
  }
  if (Reason && *Reason) {
    writeStderr(": ");
    writeStderr(Reason);
  }
  writeStderr("\nignis: this is a bug in ignis; please report it with the "
              "input file and the command line that triggered it\n");
  if (std::getenv("IGNIS_CRASH_BACKTRACE"))
    llvm::sys::PrintStackTrace(llvm::errs());
  ::_exit(InternalErrorExitCode);
}

static void handleCrashSignal(void *Cookie) {
  static_cast<const CrashReporter *>(Cookie)->report(nullptr);
}

static void handleFatalError(void *Cookie, const char *Reason,
                             bool GenCrashDiag) {
  static_cast<const CrashReporter *>(Cookie)->report(Reason);
}

CrashReporter::CrashReporter() {
  llvm::sys::AddSignalHandler(handleCrashSignal, this);
  llvm::install_fatal_error_handler(handleFatalError, this);
  llvm::install_bad_alloc_error_handler(handleFatalError, this);
}
