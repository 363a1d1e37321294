//===- ignis.cpp - The ignis driver: parses the command line, runs a command ===//
#include "tools/ignis/CrashReporter.h"
#include "tools/ignis/DriverOptions.h"

#include "llvm/Config/llvm-config.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/raw_ostream.h"

using namespace ignis;

static void printVersion(llvm::raw_ostream &OS) {
  OS << "ignis " IGNIS_VERSION " (LLVM " LLVM_VERSION_STRING ")\n";
}

int main(int argc, char **argv) {
  CrashReporter Reporter;
  llvm::cl::SetVersionPrinter(printVersion);
  // libLLVM registers its own options; --help lists only ours.
  llvm::cl::HideUnrelatedOptions(getIgnisCategory());
  for (llvm::cl::SubCommand *Sub : llvm::cl::getRegisteredSubcommands())
    llvm::cl::HideUnrelatedOptions(getIgnisCategory(), *Sub);
  if (!llvm::cl::ParseCommandLineOptions(
          argc, argv,
          "ignis: a compiler for the Mojo language\n\n"
          "  ignis build FILE.mojo [--emit=tokens|ast] [-o FILE]\n"
          "  ignis <command> --help   describes a command's options\n",
          &llvm::errs()))
    return 1;

  if (isBuildCommandSelected())
    return runBuildCommand(Reporter);

  llvm::errs() << "ignis: error: no command given; see 'ignis --help'\n";
  return 1;
}
