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

/// Subcommands: each returns the process exit status.
int runBuildCommand(CrashReporter &Reporter);
bool isBuildCommandSelected();
int runRunCommand(CrashReporter &Reporter);
bool isRunCommandSelected();
int runLspCommand(CrashReporter &Reporter); // LspCommand.cpp
bool isLspCommandSelected();

} // namespace ignis

#endif
