//===- BuildCommand.cpp - `ignis build`: compile one source file ----------===//
//
// `ignis build FILE` compiles to an executable (lex, parse, check, generate
// code, optimise, emit an object, link with the runtime); --emit stops at a
// stage and prints it: tokens, ast, sema (the checked program), mlir (before
// lowering), llvm (after the -O pipeline), asm, obj.
//
//===----------------------------------------------------------------------===//
#include "tools/ignis/CompileSteps.h"
#include "tools/ignis/Compilation.h"
#include "tools/ignis/CrashReporter.h"
#include "tools/ignis/DriverOptions.h"

#include "frontend/Lexer.h"
#include "frontend/Parser.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

using namespace ignis;
namespace cl = llvm::cl;

static cl::SubCommand &BuildCmd = getBuildSubCommand();

enum class EmitKind { Tokens, AST, Sema, MLIR, LLVM, Asm, PTX, AMDGCN, Obj, Exe };

static cl::opt<std::string> InputFile(cl::Positional, cl::Required,
                                      cl::desc("<file.mojo>"),
                                      cl::cat(getIgnisCategory()),
                                      cl::sub(BuildCmd));

static cl::opt<EmitKind> Emit(
    "emit", cl::desc("Print a stage of the compilation instead of compiling"),
    cl::values(clEnumValN(EmitKind::Tokens, "tokens",
                          "the token stream, one token a line"),
               clEnumValN(EmitKind::AST, "ast", "the syntax tree"),
               clEnumValN(EmitKind::Sema, "sema",
                          "the checked program (CIR)"),
               clEnumValN(EmitKind::MLIR, "mlir",
                          "the MLIR module before lowering"),
               clEnumValN(EmitKind::LLVM, "llvm",
                          "LLVM IR after the -O pipeline"),
               clEnumValN(EmitKind::Asm, "asm", "assembly for the target CPU"),
               clEnumValN(EmitKind::PTX, "ptx",
                          "the kernels' PTX (--target-accelerator=nvidia:...)"),
               clEnumValN(EmitKind::AMDGCN, "amdgcn",
                          "the kernels' AMDGPU assembly (--target-accelerator=amdgpu:...)"),
               clEnumValN(EmitKind::Obj, "obj", "an object file"),
               clEnumValN(EmitKind::Exe, "exe",
                          "an executable linked with the runtime (default)")),
    cl::init(EmitKind::Exe), cl::cat(getIgnisCategory()), cl::sub(BuildCmd),
    cl::sub(getRunSubCommand()));

static cl::opt<std::string> OutputFile(
    "o",
    cl::desc("Write the output to FILE ('-' is stdout; the default is stdout "
             "for text, FILE's stem for exe, FILE's stem + .o for obj)"),
    cl::value_desc("file"), cl::init(""), cl::cat(getIgnisCategory()),
    cl::sub(BuildCmd));

bool ignis::isBuildCommandSelected() { return static_cast<bool>(BuildCmd); }

std::string ignis::describeEmitValues() { return listOptionValues(Emit); }

bool ignis::isEmitGiven() { return Emit.getNumOccurrences() != 0; }

bool ignis::isEmitToFile() {
  return Emit == EmitKind::Exe || Emit == EmitKind::Obj;
}

llvm::StringRef ignis::getEmitName() {
  auto &Parser = Emit.getParser();
  for (unsigned I = 0, N = Parser.getNumOptions(); I != N; ++I)
    if (Parser.getOptionValue(I).compare(
            llvm::cl::OptionValue<EmitKind>(Emit.getValue())))
      return Parser.getOption(I);
  return "";
}

namespace {
/// Opens the -o stream only when there is something to write.
class OutputStream {
public:
  llvm::raw_pwrite_stream *open(DiagnosticEngine &Diags,
                                llvm::StringRef Path = OutputFile,
                                bool Binary = false) {
    if (Path.empty() || Path == "-")
      return &llvm::outs();
    std::error_code EC;
    File = std::make_unique<llvm::raw_fd_ostream>(
        Path, EC, Binary ? llvm::sys::fs::OF_None : llvm::sys::fs::OF_Text);
    if (EC) {
      Diags.report(SourceLoc(), DiagID::err_cannot_write_output)
          << Path << EC.message();
      return nullptr;
    }
    return File.get();
  }

private:
  std::unique_ptr<llvm::raw_fd_ostream> File;
};
} // namespace

/// The default -o for obj and exe: the input's file name without its
/// extension, in the current folder.
static std::string getDefaultOutput(llvm::StringRef Input,
                                    llvm::StringRef Suffix) {
  return (llvm::sys::path::stem(Input) + Suffix).str();
}

/// Emits the program as one object file at Path (`--emit=obj`).
static bool writeObject(Compilation &C, CrashReporter &Reporter,
                        CodeGenerator &Gen, llvm::StringRef Path) {
  OutputStream Output;
  llvm::raw_pwrite_stream *OS =
      Output.open(C.getDiags(), Path, /*Binary=*/true);
  if (!OS)
    return false;
  if (!Gen.emitFile(*OS, OutputFileKind::Object))
    reportInternalError(Reporter, Gen.getError());
  OS->flush();
  return true;
}

/// Emits the program's object code as temporary files for linking: more
/// than one when a large module is compiled in parts on several threads.
static std::optional<std::vector<std::string>>
writeObjectParts(Compilation &C, CrashReporter &Reporter, CodeGenerator &Gen,
                 llvm::StringRef Input) {
  std::vector<llvm::SmallString<0>> Objects;
  if (!Gen.emitObjects(Objects))
    reportInternalError(Reporter, Gen.getError());
  std::vector<std::string> Paths;
  for (const llvm::SmallString<0> &Object : Objects) {
    llvm::SmallString<128> Temp;
    std::error_code EC = llvm::sys::fs::createTemporaryFile(
        llvm::sys::path::stem(Input), "o", Temp);
    if (!EC) {
      llvm::raw_fd_ostream OS(Temp, EC);
      if (!EC)
        OS << Object;
      OS.close();
      if (!EC && OS.has_error()) {
        EC = OS.error();
        OS.clear_error();
      }
    }
    if (EC) {
      C.getDiags().report(SourceLoc(), DiagID::err_cannot_write_output)
          << Temp.str() << EC.message();
      for (const std::string &P : Paths)
        llvm::sys::fs::remove(P);
      return std::nullopt;
    }
    Paths.push_back(std::string(Temp));
  }
  return Paths;
}

static int compile(Compilation &C, CrashReporter &Reporter,
                   llvm::StringRef Input) {
  DiagnosticEngine &Diags = C.getDiags();
  if (!applyDebugCrashOption(C) || !checkCodegenOptions())
    return 1;
  C.enterStage(Stage::Starting);

  std::optional<unsigned> Buffer = C.loadInput(Input);
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
    return Diags.hasErrors() ? 1 : 0;
  }
  if (Emit == EmitKind::AST) {
    // parseBuffer lexes as it goes: both stages are entered in order.
    C.enterStage(Stage::Lexing);
    C.enterStage(Stage::Parsing);
    ModuleDecl *Module =
        parseBuffer(C.getASTContext(), C.getSourceManager(), *Buffer, Diags);
    C.enterStage(Stage::Printing);
    llvm::raw_ostream *OS = Output.open(Diags);
    if (!OS)
      return 1;
    printAST(*OS, C.getSourceManager(), Module);
    return Diags.hasErrors() ? 1 : 0;
  }

  TypeContext Types;
  std::unique_ptr<cir::Program> P = checkMainFile(C, *Buffer, Types);
  if (!P)
    return 1;
  if (Emit == EmitKind::Sema) {
    C.enterStage(Stage::Printing);
    llvm::raw_ostream *OS = Output.open(Diags);
    if (!OS)
      return 1;
    cir::printProgram(*OS, *P);
    return Diags.hasErrors() ? 1 : 0;
  }
  CodegenOptions CGOpts = getCodegenOptions();
  // Only an executable may be optimised and compiled in parts: the other
  // outputs are one module or one file.
  CGOpts.OptimiseInParts = Emit == EmitKind::Exe;
  CodeGenerator Gen(CGOpts);
  generateCode(C, Reporter, Gen, *P,
               /*Lower=*/Emit != EmitKind::MLIR && Emit != EmitKind::PTX &&
                   Emit != EmitKind::AMDGCN);
  switch (Emit) {
  case EmitKind::PTX:
  case EmitKind::AMDGCN: {
    C.enterStage(Stage::Printing);
    llvm::raw_pwrite_stream *OS = Output.open(Diags);
    if (!OS)
      return 1;
    Gen.printDeviceAssembly(*OS);
    break;
  }
  case EmitKind::MLIR:
  case EmitKind::LLVM:
  case EmitKind::Asm: {
    C.enterStage(Stage::Printing);
    llvm::raw_pwrite_stream *OS = Output.open(Diags);
    if (!OS)
      return 1;
    if (Emit == EmitKind::MLIR)
      Gen.printMLIR(*OS);
    else if (Emit == EmitKind::LLVM)
      Gen.printLLVMIR(*OS);
    else if (!Gen.emitFile(*OS, OutputFileKind::Assembly))
      reportInternalError(Reporter, Gen.getError());
    break;
  }
  case EmitKind::Obj:
    if (!writeObject(C, Reporter, Gen,
                     OutputFile.empty() ? getDefaultOutput(Input, ".o")
                                        : OutputFile.getValue()))
      return 1;
    break;
  default: {
    std::optional<std::vector<std::string>> Objects =
        writeObjectParts(C, Reporter, Gen, Input);
    if (!Objects)
      return 1;
    C.enterStage(Stage::Linking);
    std::string Exe = OutputFile.empty() || OutputFile == "-"
                          ? getDefaultOutput(Input, "")
                          : OutputFile.getValue();
    std::string Error;
    bool Linked = linkExecutable(*Objects, Exe, Error);
    for (const std::string &Object : *Objects)
      llvm::sys::fs::remove(Object);
    if (!Linked) {
      Diags.report(SourceLoc(), DiagID::err_cannot_write_output)
          << Exe << Error;
      return 1;
    }
    break;
  }
  }
  return Diags.hasErrors() ? 1 : 0;
}

int ignis::runBuildCommand(CrashReporter &Reporter) {
  return compileFile(Reporter, InputFile);
}

int ignis::compileFile(CrashReporter &Reporter, llvm::StringRef Input) {
  Compilation C(getDiagnosticOptions(), llvm::errs(), &Reporter);
  int Status = compile(C, Reporter, Input);
  reportCpuTimes();
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
