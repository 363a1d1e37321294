//===- ReplSession.h - The REPL's state and how one input is evaluated ----===//
//
// The session keeps the inputs that succeeded: declarations (def, struct,
// trait, comptime/alias, imports) and the statements of `main` run so far.
// Each new input is evaluated in a forked child (ChildProcess.h) that
// builds one program from the session plus the input, checks it, JIT-runs
// it with the output of the earlier statements discarded, and reports back
// through its exit status. The parent never compiles or runs user code, so
// no input (junk, a compiler fault, a crash) can end the session.
// docs/repl.md describes the strategy and its limits.
//
//===----------------------------------------------------------------------===//
#ifndef IGNIS_TOOLS_IGNIS_REPLSESSION_H
#define IGNIS_TOOLS_IGNIS_REPLSESSION_H

#include "llvm/ADT/StringRef.h"
#include <string>
#include <vector>

namespace ignis {

class CrashReporter;

class ReplSession {
public:
  /// The reporter the evaluating child uses for internal errors.
  static void setCrashReporter(CrashReporter *Reporter);

  enum class InputKind { Declaration, Statement };
  struct Entry {
    InputKind Kind;
    std::string Text;
  };

  /// Evaluates one complete input (a line or a block); keeps it when it
  /// succeeded. Diagnostics, the program's output and crash reports go to
  /// stdout/stderr.
  void evaluate(llvm::StringRef Input);
  /// `:type EXPR`: prints EXPR's type without keeping anything.
  void printType(llvm::StringRef Expr);
  /// `:reset`: forgets every declaration and statement.
  void reset() { Entries.clear(); }

  const std::vector<Entry> &getEntries() const { return Entries; }

private:
  std::vector<Entry> Entries;
};

} // namespace ignis

#endif
