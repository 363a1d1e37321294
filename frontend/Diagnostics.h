//===- Diagnostics.h - Located errors, warnings and notes -----------------===//
#ifndef IGNIS_FRONTEND_DIAGNOSTICS_H
#define IGNIS_FRONTEND_DIAGNOSTICS_H

#include "frontend/SourceManager.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/ADT/StringSet.h"
#include <memory>
#include <string>
#include <vector>

namespace llvm {
class raw_ostream;
}

namespace ignis {

enum class DiagSeverity : uint8_t { Note, Warning, Error };

enum class DiagID : uint16_t {
#define DIAG(Id, Severity, Message) Id,
#include "frontend/DiagnosticKinds.def"
  NumDiagnostics
};

/// One message with its location. Notes are Diagnostics of severity Note
/// attached to the error or warning they explain.
struct Diagnostic {
  DiagID ID = DiagID::err_internal;
  DiagSeverity Severity = DiagSeverity::Error;
  /// The caret position; usually Range.Begin.
  SourceLoc Loc;
  /// The text to underline; may be empty (only the caret is drawn).
  SourceRange Range;
  /// More ranges to underline on the caret's line (operator<<(SourceRange)).
  std::vector<SourceRange> ExtraRanges;
  std::string Message;
  std::vector<Diagnostic> Notes;
};

llvm::StringRef getDiagnosticFormat(DiagID ID);
DiagSeverity getDiagnosticSeverity(DiagID ID);
/// The enumerator name, e.g. "err_expected"; used by the JSON output.
llvm::StringRef getDiagnosticName(DiagID ID);

/// Receives complete diagnostics (with their notes) in emission order.
class DiagnosticConsumer {
public:
  virtual ~DiagnosticConsumer();
  virtual void handleDiagnostic(const Diagnostic &D) = 0;
  /// Called once when the compilation ends.
  virtual void finish() {}
};

/// Prints `file:line:col: error: message`, the source line and a caret with
/// an underline of the range; colour only when the stream is a terminal.
class TextDiagnosticPrinter : public DiagnosticConsumer {
public:
  TextDiagnosticPrinter(llvm::raw_ostream &OS, const SourceManager &SM,
                        bool UseColor);
  void handleDiagnostic(const Diagnostic &D) override;

private:
  void print(const Diagnostic &D);
  llvm::raw_ostream &OS;
  const SourceManager &SM;
  bool UseColor;
};

/// Prints one JSON object per line for each diagnostic (for tools):
/// {"severity","code","message","file","line","column","endLine",
///  "endColumn","notes":[...]}.
class JSONDiagnosticPrinter : public DiagnosticConsumer {
public:
  JSONDiagnosticPrinter(llvm::raw_ostream &OS, const SourceManager &SM);
  void handleDiagnostic(const Diagnostic &D) override;

private:
  llvm::raw_ostream &OS;
  const SourceManager &SM;
};

/// Keeps every diagnostic; used by tests, the REPL and the language server.
class StoringDiagnosticConsumer : public DiagnosticConsumer {
public:
  void handleDiagnostic(const Diagnostic &D) override { Diags.push_back(D); }
  std::vector<Diagnostic> Diags;
};

class DiagnosticEngine;

/// Collects the arguments of one diagnostic; emits it when destroyed.
/// Usage: Diags.report(Loc, DiagID::err_expected) << "':'";
class DiagnosticBuilder {
public:
  DiagnosticBuilder(DiagnosticEngine *Engine, DiagID ID, SourceLoc Loc,
                    SourceRange Range);
  DiagnosticBuilder(DiagnosticBuilder &&Other);
  DiagnosticBuilder(const DiagnosticBuilder &) = delete;
  ~DiagnosticBuilder();

  DiagnosticBuilder &operator<<(llvm::StringRef Arg);
  DiagnosticBuilder &operator<<(const char *Arg);
  DiagnosticBuilder &operator<<(const std::string &Arg);
  DiagnosticBuilder &operator<<(int64_t Arg);
  /// Underlines an extra range (in addition to the main one).
  DiagnosticBuilder &operator<<(SourceRange Range);

private:
  DiagnosticEngine *Engine;
  DiagID ID;
  SourceLoc Loc;
  SourceRange Range;
  llvm::SmallVector<std::string, 3> Args;
  llvm::SmallVector<SourceRange, 1> ExtraRanges;
};

/// Replaces %0..%9 in Format with Args (a missing argument becomes empty);
/// "%%" is a literal '%'.
std::string formatDiagnostic(llvm::StringRef Format,
                             llvm::ArrayRef<std::string> Args);

/// Owned by a compilation session (no global state). Formats diagnostics,
/// attaches notes to the diagnostic before them, counts errors and stops
/// reporting after the error limit.
class DiagnosticEngine {
public:
  explicit DiagnosticEngine(const SourceManager &SM);
  ~DiagnosticEngine();

  const SourceManager &getSourceManager() const { return SM; }

  /// Called right after an error is accepted, so the caller can attach
  /// notes to it (sema adds the chain of instantiations being checked).
  void setErrorHook(void (*Hook)(void *), void *Ctx) {
    ErrorHook = Hook;
    ErrorHookCtx = Ctx;
  }

  void addConsumer(DiagnosticConsumer *C) { Consumers.push_back(C); }
  /// 0 means no limit.
  void setErrorLimit(unsigned Limit) { ErrorLimit = Limit; }
  void setWarningsAsErrors(bool B) { WarningsAsErrors = B; }
  void setSuppressWarnings(bool B) { SuppressWarnings = B; }

  DiagnosticBuilder report(SourceLoc Loc, DiagID ID) {
    return DiagnosticBuilder(this, ID, Loc, SourceRange(Loc));
  }
  DiagnosticBuilder report(SourceRange Range, DiagID ID) {
    return DiagnosticBuilder(this, ID, Range.Begin, Range);
  }

  /// Re-emits a diagnostic (with its notes) that another engine stored, for
  /// example lexer diagnostics merged into source order by the parser.
  /// Counting, limits and -Werror apply as for a new report.
  void replay(const Diagnostic &D);

  /// Delivers the diagnostic still waiting for notes, then tells consumers
  /// the compilation is over. Safe to call more than once.
  void finish();
  /// Delivers the pending diagnostic without finishing (REPL/LSP use).
  void flush();

  unsigned getNumErrors() const { return NumErrors; }
  unsigned getNumWarnings() const { return NumWarnings; }
  bool hasErrors() const { return NumErrors != 0; }
  /// True once the error limit was reached: callers should stop work.
  bool hasReachedErrorLimit() const { return ReachedLimit; }
  /// Forgets counts (the REPL starts each input afresh).
  void reset();
  /// Speculative checking (sema's opaque check of generic bodies): until
  /// endDiversion(), diagnostics go to Sink alone, with no error limit.
  /// endDiversion() puts back the consumers, counts, limit and the messages
  /// seen, so the caller can replay() the diagnostics it keeps.
  void beginDiversion(DiagnosticConsumer &Sink);
  void endDiversion();

private:
  friend class DiagnosticBuilder;
  void emit(Diagnostic D);

  const SourceManager &SM;
  std::vector<DiagnosticConsumer *> Consumers;
  std::unique_ptr<Diagnostic> Pending;
  bool DropNotes = false;
  unsigned NumErrors = 0, NumWarnings = 0, ErrorLimit = 20;
  void (*ErrorHook)(void *) = nullptr;
  void *ErrorHookCtx = nullptr;
  bool InErrorHook = false;
  bool ReachedLimit = false, WarningsAsErrors = false, SuppressWarnings = false;
  bool Finished = false;
  /// The last error or warning accepted, so an identical one reported again
  /// at once (the same check reached twice) is shown only once.
  /// Every diagnostic shown so far (kind, range, text): repeats are dropped.
  llvm::StringSet<> Seen;
  struct DivertedState;
  std::unique_ptr<DivertedState> Diverted;
};

} // namespace ignis

#endif
