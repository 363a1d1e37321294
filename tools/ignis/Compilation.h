//===- Compilation.h - One compilation: sources, diagnostics, AST, stage --===//
#ifndef IGNIS_TOOLS_IGNIS_COMPILATION_H
#define IGNIS_TOOLS_IGNIS_COMPILATION_H

#include "frontend/AST.h"
#include "frontend/Diagnostics.h"
#include "frontend/SourceManager.h"
#include "llvm/ADT/StringRef.h"
#include <memory>
#include <optional>
#include <string>

namespace ignis {

class CrashReporter;

/// The stages a compilation goes through, in order; the name is what an
/// internal error report says ("while parsing 'x.mojo'") and what
/// --debug-crash-in accepts.
#define IGNIS_COMPILATION_STAGES(X)                                            \
  X(Starting, "starting")                                                      \
  X(Reading, "reading")                                                        \
  X(Lexing, "lexing")                                                          \
  X(Parsing, "parsing")                                                        \
  X(Checking, "checking")                                                      \
  X(GeneratingCode, "generating code")                                         \
  X(Optimizing, "optimizing")                                                  \
  X(Linking, "linking")                                                        \
  X(Running, "running")                                                        \
  X(Printing, "printing")

enum class Stage : uint8_t {
#define IGNIS_STAGE_ENUM(Id, Name) Id,
  IGNIS_COMPILATION_STAGES(IGNIS_STAGE_ENUM)
#undef IGNIS_STAGE_ENUM
};

llvm::StringRef getStageName(Stage S);
std::optional<Stage> lookupStage(llvm::StringRef Name);
/// "starting, reading, lexing, ..." for messages.
std::string getStageNameList();

enum class DiagnosticsFormat { Text, JSON };
enum class ColorMode { Auto, Always, Never };

struct DiagnosticOptions {
  DiagnosticsFormat Format = DiagnosticsFormat::Text;
  ColorMode Color = ColorMode::Auto;
  unsigned ErrorLimit = 20;
  bool WarningsAsErrors = false;
  bool SuppressWarnings = false;
};

/// Everything one compilation owns. Nothing in the compiler is global: the
/// REPL and the language server create one of these per session.
class Compilation {
public:
  /// Diagnostics are printed to DiagOS in the chosen format. When Reporter
  /// is given, crashes while this object lives name its stage and input.
  Compilation(const DiagnosticOptions &Opts, llvm::raw_ostream &DiagOS,
              CrashReporter *Reporter = nullptr);
  ~Compilation();
  Compilation(const Compilation &) = delete;
  Compilation &operator=(const Compilation &) = delete;

  SourceManager &getSourceManager() { return SM; }
  DiagnosticEngine &getDiags() { return Diags; }
  ASTContext &getASTContext() { return AST; }

  /// Reads the main input; reports err_cannot_open_file on failure.
  std::optional<unsigned> loadInput(llvm::StringRef Path);
  llvm::StringRef getInputName() const { return InputName; }

  Stage getStage() const { return CurrentStage; }
  /// Enters a stage; crashes on purpose when it is the --debug-crash-in one.
  void enterStage(Stage S);
  /// Testing hook: crash in stage S, by a null write or a fatal error.
  void setDebugCrash(Stage S, bool UseFatalError) {
    DebugCrashStage = S;
    DebugCrashIsFatalError = UseFatalError;
  }

private:
  SourceManager SM;
  DiagnosticEngine Diags;
  ASTContext AST;
  std::unique_ptr<DiagnosticConsumer> Printer;
  CrashReporter *Reporter;
  std::string InputName;
  Stage CurrentStage = Stage::Starting;
  std::optional<Stage> DebugCrashStage;
  bool DebugCrashIsFatalError = false;
};

} // namespace ignis

#endif
