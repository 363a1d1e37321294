//===- DriverOptions.h - Command-line options shared by subcommands -------===//
#ifndef IGNIS_TOOLS_IGNIS_DRIVEROPTIONS_H
#define IGNIS_TOOLS_IGNIS_DRIVEROPTIONS_H

#include "codegen/Codegen.h"
#include "sema/Sema.h"
#include "tools/ignis/Compilation.h"
#include "llvm/Support/CommandLine.h"

namespace ignis {

class CrashReporter;

/// Every ignis option belongs to this category; --help shows only these.
llvm::cl::OptionCategory &getIgnisCategory();

/// `ignis build`; its own options live in BuildCommand.cpp.
llvm::cl::SubCommand &getBuildSubCommand();
/// `ignis run` (and `ignis FILE`); its options live in RunCommand.cpp.
llvm::cl::SubCommand &getRunSubCommand();

/// --diagnostics-format, --color, --error-limit, -Werror, -w.
DiagnosticOptions getDiagnosticOptions();
/// -I DIR, -D NAME=VALUE.
SemaOptions getSemaOptions();
/// -O0..-O3, --target-cpu, -g.
CodegenOptions getCodegenOptions();
/// False (after reporting) when -O is out of range.
bool checkCodegenOptions();

/// Hidden testing options. --debug-crash-in arms C before any work starts;
/// --debug-emit-diagnostic reports diagnostics in the loaded main buffer.
/// Both return false when the option is malformed (already reported).
bool applyDebugCrashOption(Compilation &C);
bool emitDebugDiagnostics(Compilation &C, unsigned MainBuffer);

/// "a, b or c": the values an option with a fixed set accepts (--emit,
/// --color, --diagnostics-format); "" for other options.
std::string describeOptionValues(llvm::StringRef OptionName);
std::string describeEmitValues();

/// "a, b or c" from an enumerated option's parser.
template <typename T>
std::string listOptionValues(llvm::cl::opt<T> &Opt) {
  auto &Parser = Opt.getParser();
  std::string List;
  unsigned N = Parser.getNumOptions();
  for (unsigned I = 0; I != N; ++I) {
    if (I != 0)
      List += I + 1 == N ? " or " : ", ";
    List += Parser.getOption(I).str();
  }
  return List;
}

/// Subcommands: each returns the process exit status.
int runBuildCommand(CrashReporter &Reporter);
bool isBuildCommandSelected();
int runRunCommand(CrashReporter &Reporter);
int runReplCommand(CrashReporter &Reporter);
bool isReplCommandSelected();
/// `ignis repl`.
llvm::cl::SubCommand &getReplSubCommand();

/// `build` with Input instead of the command line's file: what --emit
/// asks for (also used by `run --emit=KIND`).
int compileFile(CrashReporter &Reporter, llvm::StringRef Input);
/// --emit was given (run prints the stage instead of running).
bool isEmitGiven();
/// --emit=exe or --emit=obj: a file, which only build writes.
bool isEmitToFile();
/// The --emit value as written ("llvm").
llvm::StringRef getEmitName();
bool isRunCommandSelected();
int runLspCommand(CrashReporter &Reporter); // LspCommand.cpp
bool isLspCommandSelected();

} // namespace ignis

#endif
