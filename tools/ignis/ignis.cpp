//===- ignis.cpp - The ignis driver: parses the command line, runs a command ===//
#include "tools/ignis/CrashReporter.h"
#include "tools/ignis/DriverOptions.h"
#include "tools/ignis/ToolCommands.h"

#include "llvm/Config/llvm-config.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/raw_ostream.h"
#include <cstring>
#include <vector>

using namespace ignis;

static void printVersion(llvm::raw_ostream &OS) {
  OS << "ignis " IGNIS_VERSION " (LLVM " LLVM_VERSION_STRING ")\n";
}

/// `ignis FILE [args...]` is `ignis run FILE [args...]`: a first argument
/// that names a .mojo/.🔥 file or an existing file (and no subcommand) is
/// the file to run.
static std::vector<char *> insertImplicitRun(int argc, char **argv) {
  std::vector<char *> Args(argv, argv + argc);
  if (argc < 2 || argv[1][0] == '-')
    return Args;
  for (llvm::cl::SubCommand *Sub : llvm::cl::getRegisteredSubcommands())
    if (Sub->getName() == argv[1])
      return Args;
  llvm::StringRef First(argv[1]);
  if (!First.ends_with(".mojo") && !First.ends_with("\xF0\x9F\x94\xA5") &&
      !llvm::sys::fs::is_regular_file(First))
    return Args;
  static char Run[] = "run";
  Args.insert(Args.begin() + 1, Run);
  return Args;
}

int main(int argc, char **argv) {
  CrashReporter Reporter;
  std::vector<char *> Args = insertImplicitRun(argc, argv);
  llvm::cl::SetVersionPrinter(printVersion);
  // libLLVM registers its own options; --help lists only ours.
  llvm::cl::HideUnrelatedOptions(getIgnisCategory());
  for (llvm::cl::SubCommand *Sub : llvm::cl::getRegisteredSubcommands())
    llvm::cl::HideUnrelatedOptions(getIgnisCategory(), *Sub);
  if (!llvm::cl::ParseCommandLineOptions(
          static_cast<int>(Args.size()), Args.data(),
          "ignis: a compiler for the Mojo language\n\n"
          "  ignis run FILE.mojo [ARGS...]   compile and run (JIT)\n"
          "  ignis FILE.mojo [ARGS...]       the same\n"
          "  ignis build FILE.mojo [-o OUT] [--emit=tokens|ast|sema|mlir|llvm|"
          "asm|obj|exe]\n"
          "  ignis format [--check] FILE|DIR|-   format source files\n"
          "  ignis doc FILE|DIR [--format=json|markdown] [-o OUT]   API "
          "docs\n"
          "  ignis lsp                       the language server (stdio)\n"
          "  ignis <command> --help   describes a command's options\n",
          &llvm::errs()))
    return 1;

  if (isBuildCommandSelected())
    return runBuildCommand(Reporter);
  if (isRunCommandSelected())
    return runRunCommand(Reporter);
  if (isFormatCommandSelected())
    return runFormatCommand();
  if (isDocCommandSelected())
    return runDocCommand();
  if (isLspCommandSelected())
    return runLspCommand(Reporter);

  llvm::errs() << "ignis: error: no command given; see 'ignis --help'\n";
  return 1;
}
