//===- BuildCommand.cpp - `ignis build`: compile one source file ----------===//
//
// Today the pipeline ends after parsing: `ignis build FILE` checks syntax,
// --emit=tokens|ast prints a stage. Code generation joins with the core
// issue (sema, codegen and `ignis run`).
//
//===----------------------------------------------------------------------===//
#include "tools/ignis/Compilation.h"
#include "tools/ignis/CrashReporter.h"
#include "tools/ignis/DriverOptions.h"

#include "frontend/Lexer.h"
#include "frontend/Parser.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/raw_ostream.h"

using namespace ignis;
namespace cl = llvm::cl;

static cl::SubCommand &BuildCmd = getBuildSubCommand();

enum class EmitKind { None, Tokens, AST };

static cl::opt<std::string> InputFile(cl::Positional, cl::Required,
                                      cl::desc("<file.mojo>"),
                                      cl::cat(getIgnisCategory()),
                                      cl::sub(BuildCmd));

static cl::opt<EmitKind> Emit(
    "emit", cl::desc("Print a stage of the compilation instead of compiling"),
    cl::values(clEnumValN(EmitKind::Tokens, "tokens",
                          "the token stream, one token a line"),
               clEnumValN(EmitKind::AST, "ast", "the syntax tree")),
    cl::init(EmitKind::None), cl::cat(getIgnisCategory()), cl::sub(BuildCmd));

static cl::opt<std::string>
    OutputFile("o", cl::desc("Write the --emit output to FILE ('-' is stdout)"),
               cl::value_desc("file"), cl::init("-"),
               cl::cat(getIgnisCategory()), cl::sub(BuildCmd));

bool ignis::isBuildCommandSelected() { return static_cast<bool>(BuildCmd); }

namespace {
/// Opens the -o stream only when there is something to write.
class OutputStream {
public:
  llvm::raw_ostream *open(DiagnosticEngine &Diags) {
    if (OutputFile == "-")
      return &llvm::outs();
    std::error_code EC;
    File = std::make_unique<llvm::raw_fd_ostream>(OutputFile, EC,
                                                  llvm::sys::fs::OF_Text);
    if (EC) {
      Diags.report(SourceLoc(), DiagID::err_cannot_write_output)
          << OutputFile.getValue() << EC.message();
      return nullptr;
    }
    return File.get();
  }

private:
  std::unique_ptr<llvm::raw_fd_ostream> File;
};
} // namespace

static int compile(Compilation &C) {
  DiagnosticEngine &Diags = C.getDiags();
  if (!applyDebugCrashOption(C))
    return 1;
  C.enterStage(Stage::Starting);

  std::optional<unsigned> Buffer = C.loadInput(InputFile);
  if (!Buffer)
    return 1;
  if (!emitDebugDiagnostics(C, *Buffer))
    return 1;

  OutputStream Output;
  if (Emit == EmitKind::Tokens) {
    C.enterStage(Stage::Lexing);
    TokenBuffer Tokens = lexBuffer(C.getSourceManager(), *Buffer, Diags);
    C.enterStage(Stage::Printing);
    llvm::raw_ostream *OS = Output.open(Diags);
    if (!OS)
      return 1;
    printTokens(*OS, C.getSourceManager(), Tokens);
  } else {
    // parseBuffer lexes as it goes: both stages are entered in order.
    C.enterStage(Stage::Lexing);
    C.enterStage(Stage::Parsing);
    ModuleDecl *Module =
        parseBuffer(C.getASTContext(), C.getSourceManager(), *Buffer, Diags);
    if (Emit == EmitKind::AST) {
      C.enterStage(Stage::Printing);
      llvm::raw_ostream *OS = Output.open(Diags);
      if (!OS)
        return 1;
      printAST(*OS, C.getSourceManager(), Module);
    }
  }
  Diags.finish();
  return Diags.hasErrors() ? 1 : 0;
}

int ignis::runBuildCommand(CrashReporter &Reporter) {
  Compilation C(getDiagnosticOptions(), llvm::errs(), &Reporter);
  int Status = compile(C);
  C.getDiags().finish();
  if (C.getDiags().hasErrors())
    Status = 1;
  llvm::outs().flush();
  if (llvm::outs().has_error()) {
    llvm::outs().clear_error();
    return 1;
  }
  return Status;
}
