//===- format_fuzzer.cpp - libFuzzer target: the formatter's guarantees ---===//
//
// Any byte string that parses must format to text that parses to the same
// syntax tree, that formatting again leaves as it is, and that holds the
// input's comments in the same order. The formatter checks the first two
// itself (FormatStatus::InternalError, `ignis format` exit status 2); this
// target aborts on any violation so libFuzzer saves the input.
//
// Most mutated inputs do not parse, so an input with parse errors is
// repaired first: the lines holding errors are dropped and the rest parsed
// again, a few rounds, and what then parses is formatted.
//
//===----------------------------------------------------------------------===//
#include "frontend/AST.h"
#include "frontend/Diagnostics.h"
#include "frontend/Lexer.h"
#include "frontend/Parser.h"
#include "frontend/SourceManager.h"
#include "tools/format/Formatter.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/Support/raw_ostream.h"
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

using namespace ignis;

/// The text of every comment of Text, without trailing blanks, in order.
static llvm::SmallVector<std::string, 8> commentsOf(llvm::StringRef Text) {
  SourceManager SM;
  unsigned ID = SM.addBuffer("fuzz.mojo", Text);
  DiagnosticEngine Silent(SM);
  Silent.setErrorLimit(0);
  TokenBuffer TB = lexBuffer(SM, ID, Silent, /*KeepComments=*/true);
  llvm::SmallVector<std::string, 8> Out;
  for (SourceRange R : TB.Comments)
    Out.push_back(SM.getText(R).rtrim(" \t\r\f\v").str());
  return Out;
}

namespace {
/// Records the line of each error.
class ErrorLines : public DiagnosticConsumer {
public:
  ErrorLines(const SourceManager &SM) : SM(SM) {}
  void handleDiagnostic(const Diagnostic &D) override {
    if (D.Severity == DiagSeverity::Error && D.Loc.isValid())
      Lines.insert(SM.getLineColumn(D.Loc).Line);
  }
  const SourceManager &SM;
  llvm::DenseSet<unsigned> Lines;
};
} // namespace

/// Text without the lines on which parsing it reports an error (1-based), or
/// Text itself when it parses; Changed tells which.
static std::string dropErrorLines(llvm::StringRef Text, bool &Changed) {
  SourceManager SM;
  unsigned ID = SM.addBuffer("fuzz.mojo", Text);
  DiagnosticEngine Diags(SM);
  ErrorLines Errors(SM);
  Diags.addConsumer(&Errors);
  Diags.setErrorLimit(0);
  ASTContext Ctx;
  parseBuffer(Ctx, SM, ID, Diags);
  Diags.finish();
  Changed = Diags.getNumErrors() != 0;
  if (!Changed)
    return Text.str();
  std::string Out;
  unsigned Line = 1;
  while (!Text.empty()) {
    auto [Head, Rest] = Text.split('\n');
    if (!Errors.Lines.contains(Line)) {
      Out += Head;
      if (Head.size() < Text.size()) // a line break followed
        Out += '\n';
    }
    Text = Rest;
    ++Line;
  }
  return Out;
}

[[noreturn]] static void fail(const char *What, llvm::StringRef Input,
                              llvm::StringRef Output) {
  llvm::errs() << "format_fuzzer: " << What << "\n--- input ---\n"
               << Input << "\n--- output ---\n"
               << Output << "\n";
  std::abort();
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  std::string Repaired(reinterpret_cast<const char *>(Data), Size);
  for (unsigned Round = 0; Round < 4; ++Round) {
    bool Changed = false;
    Repaired = dropErrorLines(Repaired, Changed);
    if (!Changed)
      break;
  }
  llvm::StringRef Text = Repaired;
  SourceManager SM;
  unsigned ID = SM.addBuffer("fuzz.mojo", Text);
  DiagnosticEngine Diags(SM);
  Diags.setErrorLimit(0);
  FormatResult R = formatBuffer(SM, ID, Diags);
  Diags.finish();
  if (R.Status == FormatStatus::ParseError)
    return 0;
  if (R.Status == FormatStatus::InternalError)
    fail(R.Message.c_str(), Text, R.Text);
  if (commentsOf(Text) != commentsOf(R.Text))
    fail("the comments changed", Text, R.Text);
  return 0;
}
