//===- FormatCommand.cpp - `ignis format [--check] FILE|DIR|-...` ---------===//
//
// Formats files in place (only those that change are written), or with
// --check lists the files that would change. `-` formats stdin to stdout.
// Exit status: 0 when all is well, 1 when --check finds files to change or
// a file cannot be read or parsed, 2 when the formatter's own check fails
// for a file (which is then left as it is).
//
//===----------------------------------------------------------------------===//
#include "tools/format/Formatter.h"
#include "tools/ignis/Compilation.h"
#include "tools/ignis/DriverOptions.h"
#include "tools/ignis/ToolCommands.h"

#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include <algorithm>

using namespace ignis;
namespace cl = llvm::cl;

static cl::SubCommand &getFormatSubCommand() {
  static cl::SubCommand Format(
      "format",
      "Format Mojo source files in place (4-space indentation, 80 columns, "
      "black-style wrapping; comments and blank-line groups kept)\n\n"
      "  ignis format FILE.mojo DIR ...   rewrite files (DIR: every .mojo "
      "file below it)\n"
      "  ignis format --check DIR         list files that would change; exit 1 "
      "if any\n"
      "  ignis format - < in.mojo         format stdin to stdout\n");
  return Format;
}

static cl::SubCommand &FormatCmd = getFormatSubCommand();

static cl::list<std::string> Inputs(cl::Positional,
                                    cl::desc("<file.mojo|dir|->..."),
                                    cl::cat(getIgnisCategory()),
                                    cl::sub(FormatCmd));

static cl::opt<bool>
    Check("check",
          cl::desc("Write nothing; list the files that would change and exit "
                   "with status 1 if there are any"),
          cl::cat(getIgnisCategory()), cl::sub(FormatCmd));

static cl::opt<bool> DebugUnchecked(
    "debug-format-unchecked", cl::Hidden,
    cl::desc("Print the formatter's raw output for '-' without its safety "
             "checks (for debugging the formatter)"),
    cl::cat(getIgnisCategory()), cl::sub(FormatCmd));

bool ignis::isFormatCommandSelected() { return static_cast<bool>(FormatCmd); }

static bool isMojoFile(llvm::StringRef Path) {
  return Path.ends_with(".mojo") || Path.ends_with("\xF0\x9F\x94\xA5");
}

/// The files an argument names: itself, or the Mojo files below a folder in
/// sorted order (hidden folders skipped).
static void collectFiles(llvm::StringRef Arg, std::vector<std::string> &Files) {
  if (!llvm::sys::fs::is_directory(Arg)) {
    Files.push_back(Arg.str());
    return;
  }
  std::vector<std::string> Found;
  std::error_code EC;
  for (llvm::sys::fs::recursive_directory_iterator It(Arg, EC), End;
       It != End && !EC; It.increment(EC)) {
    llvm::StringRef Path = It->path();
    // Hidden folders (.git, .venv, ...) are not searched.
    if (llvm::sys::path::filename(Path).starts_with(".") &&
        llvm::sys::fs::is_directory(Path)) {
      It.no_push();
      continue;
    }
    if (isMojoFile(Path) && llvm::sys::fs::is_regular_file(Path))
      Found.push_back(Path.str());
  }
  std::sort(Found.begin(), Found.end());
  Files.insert(Files.end(), Found.begin(), Found.end());
}

namespace {
enum class Outcome { Unchanged, Changed, Failed, InternalError };
}

static Outcome formatOne(llvm::StringRef Path) {
  DiagnosticOptions Opts;
  Opts.SuppressWarnings = true; // only whether the file parses matters
  Compilation C(Opts, llvm::errs());
  std::optional<unsigned> Buffer;
  bool IsStdin = Path == "-";
  if (IsStdin) {
    llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> In =
        llvm::MemoryBuffer::getSTDIN();
    if (!In) {
      llvm::errs() << "ignis: error: cannot read stdin: "
                   << In.getError().message() << "\n";
      return Outcome::Failed;
    }
    if (DebugUnchecked) {
      llvm::outs() << formatTextUnchecked("<stdin>", (*In)->getBuffer());
      return Outcome::Unchanged;
    }
    Buffer = C.getSourceManager().addBuffer("<stdin>", (*In)->getBuffer());
  } else {
    Buffer = C.loadInput(Path);
  }
  if (!Buffer) {
    C.getDiags().finish();
    return Outcome::Failed;
  }
  FormatResult R = formatBuffer(C.getSourceManager(), *Buffer, C.getDiags());
  C.getDiags().finish();
  if (R.Status == FormatStatus::ParseError)
    return Outcome::Failed;
  if (R.Status == FormatStatus::InternalError) {
    llvm::errs() << Path << ": error: internal formatter error: " << R.Message
                 << "; the file was left unchanged (please report this)\n";
    return Outcome::InternalError;
  }
  llvm::StringRef Old = C.getSourceManager().getBufferText(*Buffer);
  if (IsStdin) {
    bool Same = R.Text == Old;
    if (!Check)
      llvm::outs() << R.Text;
    else if (!Same)
      llvm::outs() << "<stdin>\n";
    return Same ? Outcome::Unchanged : Outcome::Changed;
  }
  if (R.Text == Old)
    return Outcome::Unchanged;
  if (Check) {
    llvm::outs() << Path << "\n";
    return Outcome::Changed;
  }
  std::error_code EC;
  llvm::raw_fd_ostream OS(Path, EC);
  if (EC) {
    llvm::errs() << "ignis: error: cannot write '" << Path
                 << "': " << EC.message() << "\n";
    return Outcome::Failed;
  }
  OS << R.Text;
  return Outcome::Changed;
}

int ignis::runFormatCommand() {
  if (Inputs.empty()) {
    llvm::errs() << "ignis: error: no input files; usage: ignis format "
                    "[--check] FILE|DIR|- ...\n";
    return 1;
  }
  std::vector<std::string> Files;
  for (const std::string &Arg : Inputs)
    collectFiles(Arg, Files);
  bool AnyFailed = false, AnyInternal = false, AnyChanged = false;
  for (const std::string &File : Files) {
    switch (formatOne(File)) {
    case Outcome::Unchanged:
      break;
    case Outcome::Changed:
      AnyChanged = true;
      break;
    case Outcome::Failed:
      AnyFailed = true;
      break;
    case Outcome::InternalError:
      AnyInternal = true;
      break;
    }
  }
  if (AnyInternal)
    return 2;
  if (AnyFailed || (Check && AnyChanged))
    return 1;
  return 0;
}
