//===- ChildProcess.h - Run a function in a forked child, report signals --===//
//
// `ignis run` and the REPL run the user's compiled code in a child process:
// a crash (SIGSEGV, a stack overflow, SIGFPE, abort) ends the child, never
// ignis, and is reported as the program's crash, not as a compiler fault.
//
//===----------------------------------------------------------------------===//
#ifndef IGNIS_TOOLS_IGNIS_CHILDPROCESS_H
#define IGNIS_TOOLS_IGNIS_CHILDPROCESS_H

#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/StringRef.h"
#include <string>

namespace ignis {

/// How a child ended: its exit status, or the signal that killed it.
struct ChildExit {
  bool Signaled = false;
  /// The exit status (0-255), or the signal number when Signaled.
  int Value = 0;
  /// The status a shell reports for it: the exit status, or 128 + signal.
  int getShellStatus() const { return Signaled ? 128 + Value : Value; }
};

/// Forks; the child runs Body and _exits with what it returns. The parent
/// ignores SIGINT while it waits (Ctrl-C stops the child only). False with
/// Error set when fork or waitpid fails.
bool runInChild(llvm::function_ref<int()> Body, ChildExit &Exit,
                std::string &Error);

/// In a child, before it runs the user's code: the default action of crash
/// signals (so the child dies by them instead of ignis's CrashReporter
/// calling them internal errors) and no core file.
void restoreDefaultSignals();

/// Runs Body in this process (a program that uses a GPU the compiler has
/// already initialised cannot run in a forked child: CUDA does not survive
/// fork). A crash signal while it runs prints
///   ignis: the program 'NAME' crashed: SIGSEGV (...)
/// and ends the process by that signal, as the built executable would end
/// (a shell reports 128 + signal). Handlers run on their own stack, so a
/// stack overflow is reported too. The handlers are removed afterwards.
int runReportingCrashes(llvm::function_ref<int()> Body,
                        llvm::StringRef ProgramName);

/// "SIGSEGV", "SIGFPE", ... ("signal N" for others).
std::string getSignalName(int Signal);
/// What the signal usually means in a program, e.g. "integer division by
/// zero or another arithmetic fault" for SIGFPE.
llvm::StringRef getSignalMeaning(int Signal);

} // namespace ignis

#endif
