//===- ReplSession.cpp - The REPL's state and how one input is evaluated --===//
//
// The program a child builds for an input:
//
//   <helpers: __ignis_repl_echo, __ignis_repl_type_name>
//   <every kept declaration>
//   <the input, when it is a declaration>
//   def main() raises:
//       <every kept statement>          (run with stdout/stderr discarded)
//       <restore stdout/stderr>
//       <the input, when it is a statement; an expression is echoed>
//       <flush; _exit(StatementKept)>
//
// Diagnostics in the input's lines are moved to a buffer holding the input
// alone (named <input>), so they point at what the user typed.
//
//===----------------------------------------------------------------------===//
#include "tools/ignis/ReplSession.h"

#include "frontend/Parser.h"
#include "tools/ignis/ChildProcess.h"
#include "tools/ignis/Compilation.h"
#include "tools/ignis/CompileSteps.h"
#include "tools/ignis/CrashReporter.h"
#include "tools/ignis/DriverOptions.h"
#include "tools/ignis/ReplInput.h"

#include "ignis_runtime.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/raw_ostream.h"
#include <algorithm>
#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

using namespace ignis;

namespace {

/// How the evaluating child ends (its exit status). Anything else is the
/// program's own status (it called exit) or a signal.
enum ChildStatus : int {
  ErrorsReported = 1,
  StatementKept = 75, // the generated main's last line
  DeclarationKept = 76,
  NothingToKeep = 77,
};

/// Where the child keeps the real stdout/stderr while earlier statements
/// run with their output discarded.
constexpr int SavedStdout = 1000, SavedStderr = 1001;

enum class Form { Plain, Echo, Type };

/// Scalars print under the names users write (`Float64`, not
/// `SIMD[DType.float64, 1]`, which is what type_name gives).
#define IGNIS_REPL_SCALAR_NAMES(X)                                             \
  X(float16, Float16)                                                          \
  X(float32, Float32) X(float64, Float64) X(bfloat16, BFloat16) X(int8, Int8)  \
      X(int16, Int16) X(int32, Int32) X(int64, Int64) X(uint8, UInt8)          \
          X(uint16, UInt16) X(uint32, UInt32) X(uint64, UInt64)

/// The helpers every program starts with: the echo of a value and the
/// spelling of a type.
std::string getHelpers() {
  std::string Text =
      "def __ignis_repl_type_name[T: AnyType]() -> String:\n"
      "    var name = String(comptime(__builtin.type_name[T]))\n";
#define IGNIS_REPL_SCALAR_NAME(DType, Name)                                    \
  Text += "    name = name.replace(\"SIMD[DType." #DType ", 1]\", \"" #Name    \
          "\")\n";
  IGNIS_REPL_SCALAR_NAMES(IGNIS_REPL_SCALAR_NAME)
#undef IGNIS_REPL_SCALAR_NAME
  Text += "    return name^\n"
          "def __ignis_repl_echo[T: Writable](value: T):\n"
          "    print(\"(\", __ignis_repl_type_name[T](), \") \", value, "
          "sep=\"\")\n"
          "def __ignis_repl_echo(value: NoneType):\n"
          "    pass\n";
  return Text;
}

/// The program text and where the input's lines are in it.
struct Program {
  std::string Text;
  unsigned InputFirstLine = 0; // 0-based
  /// Per input line: the columns inserted before it.
  std::vector<unsigned> Indents;
};

void appendIndented(std::string &Text, llvm::StringRef Block) {
  llvm::SmallVector<llvm::StringRef, 8> Lines;
  Block.split(Lines, '\n');
  for (llvm::StringRef Line : Lines)
    Text += ("    " + Line + "\n").str();
}

unsigned countLines(llvm::StringRef Text) {
  return static_cast<unsigned>(Text.count('\n'));
}

Program buildProgram(const std::vector<ReplSession::Entry> &Entries,
                     llvm::StringRef Input, ReplSession::InputKind Kind,
                     Form F) {
  using Kind_ = ReplSession::InputKind;
  Program P;
  P.Text = getHelpers();
  // A definition replaces an earlier one of the same thing.
  std::string Key =
      Kind == Kind_::Declaration ? getDeclarationKey(Input) : std::string();
  for (const ReplSession::Entry &E : Entries)
    if (E.Kind == Kind_::Declaration &&
        (Key.empty() || getDeclarationKey(E.Text) != Key))
      P.Text += E.Text + "\n";
  llvm::SmallVector<llvm::StringRef, 8> InputLines;
  Input.split(InputLines, '\n');
  if (Kind == Kind_::Declaration) {
    P.InputFirstLine = countLines(P.Text);
    P.Indents.assign(InputLines.size(), 0);
    P.Text += Input.str() + "\n";
  }
  P.Text += "def main() raises:\n";
  for (const ReplSession::Entry &E : Entries)
    if (E.Kind == Kind_::Statement)
      appendIndented(P.Text, E.Text);
  P.Text += "    __builtin.external_call[\"ignis_rt_flush\", NoneType]()\n";
  for (auto [Saved, Fd] : {std::pair{SavedStdout, 1}, {SavedStderr, 2}})
    P.Text += "    _ = __builtin.external_call[\"dup2\", Int32](Int32(" +
              std::to_string(Saved) + ")._value, Int32(" + std::to_string(Fd) +
              ")._value)\n";
  if (Kind == Kind_::Statement) {
    P.InputFirstLine = countLines(P.Text);
    llvm::StringRef Open = F == Form::Echo   ? "    __ignis_repl_echo("
                           : F == Form::Type ? "    print(__ignis_repl_type_"
                                               "name[type_of("
                                             : "    ";
    llvm::StringRef Close = F == Form::Echo   ? ")"
                            : F == Form::Type ? ")]())"
                                              : "";
    for (size_t I = 0; I != InputLines.size(); ++I) {
      llvm::StringRef Line = InputLines[I];
      llvm::StringRef Prefix = I == 0 ? Open : llvm::StringRef("    ");
      if (F != Form::Plain)
        Line = stripComment(Line).rtrim();
      P.Indents.push_back(static_cast<unsigned>(Prefix.size()));
      P.Text += (Prefix + Line).str();
      if (I + 1 == InputLines.size())
        P.Text += Close.str();
      P.Text += "\n";
    }
  }
  P.Text += "    __builtin.external_call[\"ignis_rt_flush\", NoneType]()\n";
  P.Text += "    __builtin.external_call[\"_exit\", NoneType](Int32(" +
            std::to_string(StatementKept) + ")._value)\n";
  return P;
}

/// Moves locations in the input's lines of the program buffer to the
/// buffer holding the input alone.
class LocationMap {
public:
  LocationMap(const SourceManager &SM, const Program &P, unsigned ProgramBuf,
              unsigned InputBuf)
      : SM(SM), P(P), ProgramBuf(ProgramBuf), InputBuf(InputBuf) {
    ProgramLines = lineStarts(SM.getBufferText(ProgramBuf));
    InputLines = lineStarts(SM.getBufferText(InputBuf));
  }

  SourceLoc map(SourceLoc L) const {
    if (!L.isValid() || SM.findBuffer(L) != ProgramBuf)
      return L;
    uint32_t Off = SM.getOffset(L);
    size_t Line =
        std::upper_bound(ProgramLines.begin(), ProgramLines.end(), Off) -
        ProgramLines.begin() - 1;
    if (Line < P.InputFirstLine || Line - P.InputFirstLine >= P.Indents.size())
      return L;
    size_t K = Line - P.InputFirstLine;
    if (K >= InputLines.size())
      return L;
    uint32_t Col = Off - ProgramLines[Line];
    Col = Col >= P.Indents[K] ? Col - P.Indents[K] : 0;
    uint32_t LineEnd = K + 1 < InputLines.size()
                           ? InputLines[K + 1] - 1
                           : SM.getBufferText(InputBuf).size();
    return SM.getLocForOffset(InputBuf, std::min(InputLines[K] + Col, LineEnd));
  }

  void map(Diagnostic &D) const {
    D.Loc = map(D.Loc);
    D.Range = SourceRange(map(D.Range.Begin), map(D.Range.End));
    for (SourceRange &R : D.ExtraRanges)
      R = SourceRange(map(R.Begin), map(R.End));
    for (Diagnostic &N : D.Notes)
      map(N);
  }

  bool isInInput(SourceLoc L) const {
    return L.isValid() && SM.findBuffer(L) == InputBuf;
  }

private:
  static std::vector<uint32_t> lineStarts(llvm::StringRef Text) {
    std::vector<uint32_t> Starts{0};
    for (size_t I = 0; I != Text.size(); ++I)
      if (Text[I] == '\n')
        Starts.push_back(static_cast<uint32_t>(I + 1));
    return Starts;
  }

  const SourceManager &SM;
  const Program &P;
  unsigned ProgramBuf, InputBuf;
  std::vector<uint32_t> ProgramLines, InputLines;
};

bool useColor() {
  DiagnosticOptions Opts = getDiagnosticOptions();
  if (Opts.Color == ColorMode::Auto)
    return llvm::errs().has_colors() && !std::getenv("NO_COLOR");
  return Opts.Color == ColorMode::Always;
}

/// Runs the JIT-compiled main with stdout/stderr discarded until the
/// generated code restores them (after the earlier statements).
int runQuietly(CodeGenerator::MainFunction Main, int Argc, char **Argv) {
  ignis_rt_flush();
  std::fflush(nullptr);
  ::dup2(1, SavedStdout);
  ::dup2(2, SavedStderr);
  int Null = ::open("/dev/null", O_WRONLY);
  if (Null >= 0) {
    ::dup2(Null, 1);
    ::dup2(Null, 2);
    ::close(Null);
  }
  restoreDefaultSignals();
  int Status = Main(Argc, Argv);
  ignis_rt_flush();
  std::fflush(nullptr);
  ::dup2(SavedStdout, 1);
  ::dup2(SavedStderr, 2);
  return Status;
}

struct Classification {
  ReplSession::InputKind Kind = ReplSession::InputKind::Statement;
  bool IsExpression = false;
  bool IsEmpty = false;
};

/// Parses the input alone (reporting syntax errors against it).
bool classify(llvm::StringRef Input, CrashReporter &Reporter,
              Classification &Result) {
  DiagnosticOptions Opts = getDiagnosticOptions();
  Opts.SuppressWarnings = true;
  Compilation C(Opts, llvm::errs(), &Reporter);
  unsigned Buffer = C.getSourceManager().addBuffer("<input>", Input);
  C.enterStage(Stage::Parsing);
  ModuleDecl *M = parseBuffer(C.getASTContext(), C.getSourceManager(), Buffer,
                              C.getDiags());
  C.getDiags().finish();
  if (C.getDiags().hasErrors())
    return false;
  Result.IsEmpty = M->Body.empty();
  bool AllDeclarations = !M->Body.empty();
  for (const Stmt *S : M->Body) {
    NodeKind K = S->getKind();
    if (K == NodeKind::FuncDecl &&
        static_cast<const Decl *>(S)->Name.Name == "main") {
      llvm::errs() << "error: 'main' is the session's own entry point in the "
                      "REPL; give the function another name\n";
      return false;
    }
    AllDeclarations &=
        K == NodeKind::FuncDecl || K == NodeKind::StructDecl ||
        K == NodeKind::TraitDecl || K == NodeKind::ComptimeDecl ||
        K == NodeKind::ImportStmt || K == NodeKind::FromImportStmt;
  }
  if (AllDeclarations)
    Result.Kind = ReplSession::InputKind::Declaration;
  Result.IsExpression =
      M->Body.size() == 1 && M->Body[0]->getKind() == NodeKind::ExprStmt;
  return true;
}

/// Checks, compiles and runs one form of the program. Returns the child's
/// status, or -1 when the program did not check and Quiet asked for its
/// diagnostics to be dropped (the caller tries another form).
int compileAndRun(const std::vector<ReplSession::Entry> &Entries,
                  llvm::StringRef Input, ReplSession::InputKind Kind, Form F,
                  bool Quiet, CrashReporter &Reporter) {
  Program P = buildProgram(Entries, Input, Kind, F);
  DiagnosticOptions Opts = getDiagnosticOptions();
  llvm::raw_null_ostream Null;
  Compilation C(Opts, Null, &Reporter);
  SourceManager &SM = C.getSourceManager();
  unsigned ProgramBuf = SM.addBuffer("<session>", P.Text);
  unsigned InputBuf = SM.addBuffer("<input>", Input);
  StoringDiagnosticConsumer Stored;
  C.getDiags().addConsumer(&Stored);

  TypeContext Types;
  std::unique_ptr<cir::Program> Checked = checkMainFile(C, ProgramBuf, Types);
  C.getDiags().finish();
  if (!Checked && Quiet)
    return -1;
  LocationMap Map(SM, P, ProgramBuf, InputBuf);
  std::unique_ptr<DiagnosticConsumer> Printer;
  if (Opts.Format == DiagnosticsFormat::JSON)
    Printer = std::make_unique<JSONDiagnosticPrinter>(llvm::errs(), SM);
  else
    Printer =
        std::make_unique<TextDiagnosticPrinter>(llvm::errs(), SM, useColor());
  for (Diagnostic &D : Stored.Diags) {
    Map.map(D);
    // Warnings about the session's own lines (an unused variable, say) are
    // not the input's business.
    if (D.Severity == DiagSeverity::Error || Map.isInInput(D.Loc))
      Printer->handleDiagnostic(D);
  }
  Printer->finish();
  if (!Checked)
    return ErrorsReported;
  if (Kind == ReplSession::InputKind::Declaration)
    return DeclarationKept;

  CodegenOptions CG = getCodegenOptions();
  CG.DeviceCodeOnlyWithGpu = true;
  CodeGenerator Gen(CG);
  generateCode(C, Reporter, Gen, *Checked, /*Lower=*/true);
  C.enterStage(Stage::Running);
  int Status = Gen.run({"repl"}, runQuietly);
  if (Status < 0 && !Gen.getError().empty())
    reportInternalError(Reporter, Gen.getError());
  return Status;
}

CrashReporter *ChildReporter = nullptr;

/// What the child does: classify, check, compile, run.
int evaluateInChild(const std::vector<ReplSession::Entry> &Entries,
                    llvm::StringRef Input, bool TypeOnly) {
  CrashReporter &Reporter = *ChildReporter;
  // stdin is the session's input: the child must not read it, and exit()
  // in the child would move the shared file offset back to where its copy
  // of the stdio buffer stood (the session would read inputs twice).
  int Null = ::open("/dev/null", O_RDONLY);
  if (Null >= 0) {
    ::dup2(Null, 0);
    ::close(Null);
  }
  Classification Kind;
  if (!classify(Input, Reporter, Kind))
    return ErrorsReported;
  if (Kind.IsEmpty)
    return NothingToKeep;
  if (TypeOnly) {
    if (!Kind.IsExpression) {
      llvm::errs() << "error: ':type' needs an expression, as in ':type 1 + "
                      "2'\n";
      return ErrorsReported;
    }
    return compileAndRun(Entries, Input, Kind.Kind, Form::Type,
                         /*Quiet=*/false, Reporter);
  }
  if (Kind.IsExpression) {
    int Status = compileAndRun(Entries, Input, Kind.Kind, Form::Echo,
                               /*Quiet=*/true, Reporter);
    if (Status != -1)
      return Status;
  }
  return compileAndRun(Entries, Input, Kind.Kind, Form::Plain,
                       /*Quiet=*/false, Reporter);
}

} // namespace

void ReplSession::setCrashReporter(CrashReporter *Reporter) {
  ChildReporter = Reporter;
}

/// Runs the evaluation in a child and says what became of it. Returns the
/// child's status when it exited normally, -1 otherwise.
static int evaluate(const std::vector<ReplSession::Entry> &Entries,
                    llvm::StringRef Input, bool TypeOnly) {
  ChildExit Exit;
  std::string Error;
  if (!runInChild([&] { return evaluateInChild(Entries, Input, TypeOnly); },
                  Exit, Error)) {
    llvm::errs() << "error: " << Error << "\n";
    return -1;
  }
  if (Exit.Signaled && Exit.Value == SIGINT) {
    llvm::errs() << "(interrupted; the input is not kept)\n";
    return -1;
  }
  if (Exit.Signaled) {
    llvm::errs() << "error: the input crashed: " << getSignalName(Exit.Value)
                 << " (" << getSignalMeaning(Exit.Value)
                 << "); it is not kept, the session goes on\n";
    return -1;
  }
  switch (Exit.Value) {
  case ErrorsReported:
  case StatementKept:
  case DeclarationKept:
  case NothingToKeep:
    break;
  case InternalErrorExitCode:
    llvm::errs() << "note: the session goes on\n";
    break;
  default:
    llvm::errs() << "note: the input ended the program with status "
                 << Exit.Value << "; it is not kept\n";
    break;
  }
  return Exit.Value;
}

void ReplSession::evaluate(llvm::StringRef Input) {
  int Status = ::evaluate(Entries, Input, /*TypeOnly=*/false);
  if (Status == StatementKept)
    Entries.push_back({InputKind::Statement, Input.str()});
  else if (Status == DeclarationKept) {
    std::string Key = getDeclarationKey(Input);
    if (!Key.empty())
      llvm::erase_if(Entries, [&](const Entry &E) {
        return E.Kind == InputKind::Declaration &&
               getDeclarationKey(E.Text) == Key;
      });
    Entries.push_back({InputKind::Declaration, Input.str()});
  }
}

void ReplSession::printType(llvm::StringRef Expr) {
  ::evaluate(Entries, Expr, /*TypeOnly=*/true);
}
