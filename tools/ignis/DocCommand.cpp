//===- DocCommand.cpp - `ignis doc FILE|DIR [--format=json|markdown]` -----===//
//
// API documentation of a module (a file) or a package (a folder) from its
// signatures and docstrings, as JSON in the shape of `mojo doc` (default)
// or as Markdown, to stdout or -o FILE. Exit status 1 when a file cannot be
// read or parsed (its diagnostics are printed; the rest is documented).
//
//===----------------------------------------------------------------------===//
#include "tools/doc/DocExtract.h"
#include "tools/doc/DocOutput.h"
#include "tools/ignis/Compilation.h"
#include "tools/ignis/DriverOptions.h"
#include "tools/ignis/ToolCommands.h"

#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/raw_ostream.h"

using namespace ignis;
namespace cl = llvm::cl;

static cl::SubCommand &getDocSubCommand() {
  static cl::SubCommand Doc(
      "doc",
      "Write the API documentation of a module or package from its "
      "signatures and docstrings\n\n"
      "  ignis doc FILE.mojo                 JSON in the shape of 'mojo doc'\n"
      "  ignis doc DIR --format=markdown -o api.md\n");
  return Doc;
}

static cl::SubCommand &DocCmd = getDocSubCommand();

static cl::list<std::string> DocInputs(cl::Positional,
                                       cl::desc("<file.mojo|dir>"),
                                       cl::cat(getIgnisCategory()),
                                       cl::sub(DocCmd));

static cl::opt<std::string>
    Format("format",
           cl::desc("Output format: json (the JSON of 'mojo doc', the "
                    "default) or markdown (one section per module, "
                    "signatures in code blocks)"),
           cl::value_desc("json|markdown"), cl::init("json"),
           cl::cat(getIgnisCategory()), cl::sub(DocCmd));

static cl::opt<std::string> Output("o",
                                   cl::desc("Write to FILE ('-': stdout, "
                                            "the default)"),
                                   cl::value_desc("file"), cl::init("-"),
                                   cl::cat(getIgnisCategory()),
                                   cl::sub(DocCmd));

bool ignis::isDocCommandSelected() { return static_cast<bool>(DocCmd); }

int ignis::runDocCommand() {
  if (DocInputs.size() != 1) {
    llvm::errs() << "ignis: error: "
                 << (DocInputs.empty() ? "no input" : "more than one input")
                 << "; usage: ignis doc FILE.mojo|DIR "
                    "[--format=json|markdown] [-o FILE]\n";
    return 1;
  }
  if (Format != "json" && Format != "markdown") {
    llvm::errs() << "ignis: error: unknown --format '" << Format
                 << "'; use --format=json or --format=markdown\n";
    return 1;
  }
  llvm::StringRef Path = DocInputs.front();
  if (!llvm::sys::fs::exists(Path)) {
    llvm::errs() << "ignis: error: cannot open '" << Path
                 << "': No such file or directory\n";
    return 1;
  }
  DiagnosticOptions Opts;
  Opts.SuppressWarnings = true;
  Compilation C(Opts, llvm::errs());
  doc::DocTree Tree;
  bool OK = doc::buildDocTree(Path, C.getSourceManager(), C.getDiags(), Tree);
  C.getDiags().finish();

  std::error_code EC;
  llvm::raw_fd_ostream OS(Output, EC);
  if (EC) {
    llvm::errs() << "ignis: error: cannot write '" << Output
                 << "': " << EC.message() << "\n";
    return 1;
  }
  if (Format == "markdown")
    doc::writeMarkdown(OS, Tree);
  else
    doc::writeJSON(OS, Tree, IGNIS_VERSION);
  return OK ? 0 : 1;
}
