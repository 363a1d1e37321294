//===- ignis.cpp - The ignis driver: parses the command line, runs a command ===//
#include "tools/ignis/CrashReporter.h"
#include "tools/ignis/DriverOptions.h"
#include "tools/ignis/OptionErrors.h"
#include "tools/ignis/ToolCommands.h"

#include "llvm/Config/llvm-config.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/raw_ostream.h"
#include <cstdio>
#include <cstring>
#include <unistd.h>
#include <vector>

using namespace ignis;

static void printVersion(llvm::raw_ostream &OS) {
  OS << "ignis " IGNIS_VERSION " (LLVM " LLVM_VERSION_STRING ")\n";
}

static llvm::cl::SubCommand *findCommand(llvm::StringRef Name) {
  for (llvm::cl::SubCommand *Sub : llvm::cl::getRegisteredSubcommands())
    if (!Sub->getName().empty() && Sub->getName() == Name)
      return Sub;
  return nullptr;
}

static bool looksLikeSourceFile(llvm::StringRef Arg) {
  return Arg.ends_with(".mojo") || Arg.ends_with("\xF0\x9F\x94\xA5") ||
         llvm::sys::fs::is_regular_file(Arg);
}

/// Options whose value may be the next argument (`-I DIR`).
static bool takesSeparateValue(llvm::StringRef Arg) {
  return Arg == "-I" || Arg == "-D" || Arg == "-o";
}

static bool isTopLevelOption(llvm::StringRef Arg) {
  return Arg == "--help" || Arg == "-help" || Arg == "-h" ||
         Arg == "--help-hidden" || Arg == "--help-list" ||
         Arg == "--help-list-hidden" || Arg == "--version" || Arg == "-version";
}

/// The command when none is named: `ignis FILE [args...]` and
/// `ignis [options] FILE [args...]` are `ignis run ...`; `ignis` alone, or
/// with options only, is `ignis repl`.
static std::vector<char *> insertImplicitCommand(int argc, char **argv) {
  static char Run[] = "run", Repl[] = "repl";
  std::vector<char *> Args(argv, argv + argc);
  if (argc < 2) {
    Args.push_back(Repl);
    return Args;
  }
  llvm::StringRef First(argv[1]);
  if (findCommand(First) || isTopLevelOption(First))
    return Args;
  if (!First.starts_with("-")) {
    if (looksLikeSourceFile(First))
      Args.insert(Args.begin() + 1, Run);
    return Args;
  }
  for (int I = 1; I < argc; ++I) {
    llvm::StringRef Arg(argv[I]);
    if (isTopLevelOption(Arg))
      return Args;
    if (Arg.starts_with("-")) {
      I += takesSeparateValue(Arg);
      continue;
    }
    if (findCommand(Arg)) { // `ignis -O0 repl`: the command goes first
      Args.erase(Args.begin() + I);
      Args.insert(Args.begin() + 1, argv[I]);
    } else if (looksLikeSourceFile(Arg)) {
      Args.insert(Args.begin() + 1, Run);
    }
    return Args;
  }
  Args.insert(Args.begin() + 1, Repl);
  return Args;
}

namespace {
/// Sends file descriptor 2 to a temporary file until take() or the end of
/// the scope. --help and --version write to stdout and are not affected.
class StderrCapture {
public:
  StderrCapture() {
    llvm::errs().flush();
    Saved = ::dup(2);
    File = std::tmpfile();
    if (Saved < 0 || !File)
      return;
    ::dup2(::fileno(File), 2);
  }
  ~StderrCapture() { restore(); }
  std::string take() {
    llvm::errs().flush();
    restore();
    std::string Text;
    if (!File)
      return Text;
    std::rewind(File);
    char Buf[4096];
    while (size_t N = std::fread(Buf, 1, sizeof(Buf), File))
      Text.append(Buf, N);
    std::fclose(File);
    File = nullptr;
    return Text;
  }

private:
  void restore() {
    if (Saved >= 0) {
      ::dup2(Saved, 2);
      ::close(Saved);
      Saved = -1;
    }
  }
  int Saved = -1;
  std::FILE *File = nullptr;
};
} // namespace

static const char Overview[] =
    "ignis: a compiler for the Mojo language\n"
    "\n"
    "  ignis run FILE.mojo [ARGS...]   compile and run main (JIT)\n"
    "  ignis FILE.mojo [ARGS...]       the same; options may come first:\n"
    "                                  'ignis -O0 FILE.mojo'\n"
    "  ignis build FILE.mojo [-o OUT]  compile to an executable\n"
    "  ignis build --emit=KIND FILE    print a stage: tokens, ast, sema, "
    "mlir,\n"
    "                                  llvm, asm, ptx, amdgcn (also with "
    "run)\n"
    "  ignis repl                      an interactive session; 'ignis' "
    "alone too\n"
    "  ignis format [--check] FILE|DIR|-   format source files\n"
    "  ignis doc FILE|DIR [--format=json|markdown] [-o OUT]   API docs\n"
    "  ignis lsp                       the language server (stdio)\n"
    "  ignis <command> --help          a command's options\n"
    "\n"
    "EXAMPLES:\n"
    "  ignis run examples/hello.mojo\n"
    "  ignis -O0 -g prog.mojo arg1 arg2\n"
    "  ignis build prog.mojo -o prog && ./prog\n"
    "  ignis run --emit=llvm prog.mojo | less\n"
    "  ignis build -D DEBUG -D N=8 prog.mojo   (read by std.sys.param_env)\n"
    "  echo 'print(1 + 2)' | ignis repl\n";

int main(int argc, char **argv) {
  CrashReporter Reporter;
  std::vector<char *> Args = insertImplicitCommand(argc, argv);
  llvm::cl::SetVersionPrinter(printVersion);
  // libLLVM registers its own options; --help lists only ours.
  llvm::cl::HideUnrelatedOptions(getIgnisCategory());
  for (llvm::cl::SubCommand *Sub : llvm::cl::getRegisteredSubcommands())
    llvm::cl::HideUnrelatedOptions(getIgnisCategory(), *Sub);

  llvm::cl::SubCommand *Command =
      Args.size() > 1 ? findCommand(Args[1]) : nullptr;
  if (Args.size() > 1 && !Command && Args[1][0] != '-') {
    llvm::errs() << "ignis: error: " << describeUnknownCommand(Args[1]) << "\n";
    return 1;
  }
  std::string Raw;
  bool Parsed;
  {
    // llvm::cl writes some errors to stderr itself ("for the --emit
    // option: ..."): they are caught too, to be said in our words.
    StderrCapture Capture;
    llvm::raw_string_ostream RawOS(Raw);
    Parsed = llvm::cl::ParseCommandLineOptions(static_cast<int>(Args.size()),
                                               Args.data(), Overview, &RawOS);
    Raw = Capture.take() + Raw;
  }
  if (!Parsed) {
    llvm::errs() << "ignis: error: " << rewriteOptionError(Raw, Command, Args)
                 << "\n";
    return 1;
  }

  if (isBuildCommandSelected())
    return runBuildCommand(Reporter);
  if (isRunCommandSelected())
    return runRunCommand(Reporter);
  if (isReplCommandSelected())
    return runReplCommand(Reporter);
  if (isFormatCommandSelected())
    return runFormatCommand();
  if (isDocCommandSelected())
    return runDocCommand();
  if (isLspCommandSelected())
    return runLspCommand(Reporter);

  llvm::errs() << "ignis: error: no command given; see 'ignis --help'\n";
  return 1;
}
