//===- Formatter.cpp - Formats a buffer and checks the result is safe -----===//
//
// Lexes with comments kept, writes the items (logical lines wrapped by the
// line breaker, comment lines, verbatim regions) with capped blank-line
// groups, then checks the output: it must parse to the same AST as the input
// (positions aside) and format to itself again.
//
//===----------------------------------------------------------------------===//
#include "tools/format/Formatter.h"
#include "tools/format/FormatImpl.h"

#include "frontend/AST.h"
#include "frontend/Diagnostics.h"
#include "frontend/Lexer.h"
#include "frontend/Parser.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/raw_ostream.h"

using namespace ignis;
using namespace ignis::format;

/// Blank lines kept between two items: at most two at the top level, one
/// inside a block.
static unsigned maxBlankLines(unsigned Depth) { return Depth == 0 ? 2 : 1; }

/// A `# fmt: off` region as written, each line's indentation moved as
/// Item::LineShift says (the region's statements to their block's new
/// column; what lies between them keeps its place relative to them).
static void writeVerbatim(const Item &It, std::string &Out) {
  llvm::SmallVector<llvm::StringRef, 16> Lines;
  It.Text.split(Lines, '\n');
  for (size_t I = 0; I < Lines.size(); ++I) {
    llvm::StringRef Line = Lines[I].rtrim('\r');
    int Shift = I < It.LineShift.size() ? It.LineShift[I] : 0;
    size_t Indent = Line.find_first_not_of(' ');
    if (Shift != KeepLine && Shift != 0 && Indent != llvm::StringRef::npos &&
        Line[Indent] != '\t') {
      Out.append(size_t(std::max(0, int(Indent) + Shift)), ' ');
      Out += Line.drop_front(Indent);
    } else {
      Out += Line;
    }
    Out += '\n';
  }
}

static std::string formatTokens(const SourceManager &SM, unsigned BufferID,
                                std::vector<FormattedSpan> *Spans = nullptr) {
  DiagnosticEngine Silent(SM);
  Silent.setErrorLimit(0);
  TokenBuffer TB = lexBuffer(SM, BufferID, Silent, /*KeepComments=*/true);
  SourceModel M = buildSourceModel(SM.getBufferText(BufferID),
                                   SM.getBufferStart(BufferID), TB);
  std::string Out;
  Out.reserve(SM.getBufferText(BufferID).size() + 256);
  bool First = true;
  unsigned PrevLast = 0;
  for (const Item &It : M.Items) {
    if (!First && It.FirstLine > PrevLast + 1)
      Out.append(std::min(It.FirstLine - PrevLast - 1, maxBlankLines(It.Depth)),
                 '\n');
    size_t OutBegin = Out.size();
    switch (It.TheKind) {
    case Item::Kind::Code:
      writeLogicalLine(
          llvm::ArrayRef<FmtToken>(M.Tokens).slice(It.Begin, It.End - It.Begin),
          It.Depth, Out);
      break;
    case Item::Kind::Comment:
      Out.append(It.Depth * IndentWidth, ' ');
      Out += It.Text;
      Out += '\n';
      break;
    case Item::Kind::Verbatim:
      writeVerbatim(It, Out);
      break;
    }
    if (Spans)
      Spans->push_back({It.FirstLine, It.LastLine, It.Depth,
                        It.TheKind == Item::Kind::Code, OutBegin, Out.size()});
    First = false;
    PrevLast = It.LastLine;
  }
  return Out;
}

std::string ignis::formatTextUnchecked(llvm::StringRef Name,
                                       llvm::StringRef Text) {
  SourceManager SM;
  unsigned Id = SM.addBuffer(Name, Text);
  return formatTokens(SM, Id);
}

static bool isLineColumn(llvm::StringRef S) {
  return !S.empty() &&
         S.find_first_not_of("0123456789:") == llvm::StringRef::npos;
}

/// Drops the ` <line:col>` that ends most lines of the AST dump and the
/// `@line:col` in names made up for anonymous functions.
static std::string stripLocations(llvm::StringRef Dump) {
  std::string Out;
  Out.reserve(Dump.size());
  while (!Dump.empty()) {
    auto [Line, Rest] = Dump.split('\n');
    Dump = Rest;
    llvm::StringRef L = Line;
    if (L.ends_with(">")) {
      size_t Open = L.rfind(" <");
      if (Open != llvm::StringRef::npos &&
          isLineColumn(L.substr(Open + 2).drop_back()))
        L = L.take_front(Open);
    }
    for (size_t At = L.find('@'); At != llvm::StringRef::npos;
         At = L.find('@')) {
      size_t End = At + 1;
      while (End < L.size() && (llvm::isDigit(L[End]) || L[End] == ':'))
        ++End;
      Out += L.take_front(At);
      if (!isLineColumn(L.slice(At + 1, End)))
        Out += L.slice(At, End);
      L = L.drop_front(End);
    }
    Out += L;
    Out += '\n';
  }
  return Out;
}

std::string ignis::dumpASTWithoutLocations(llvm::StringRef Name,
                                           llvm::StringRef Text,
                                           bool &ParseFailed) {
  SourceManager SM;
  unsigned Id = SM.addBuffer(Name, Text);
  DiagnosticEngine Silent(SM);
  Silent.setErrorLimit(0);
  ASTContext Ctx;
  ModuleDecl *M = parseBuffer(Ctx, SM, Id, Silent);
  Silent.finish();
  ParseFailed = Silent.hasErrors();
  if (ParseFailed)
    return {};
  std::string Dump;
  llvm::raw_string_ostream OS(Dump);
  printAST(OS, SM, M);
  return stripLocations(Dump);
}

FormatResult ignis::formatBuffer(const SourceManager &SM, unsigned BufferID,
                                 DiagnosticEngine &Diags) {
  FormatResult R;
  llvm::StringRef Name = SM.getBufferName(BufferID);
  llvm::StringRef Input = SM.getBufferText(BufferID);
  {
    unsigned ErrorsBefore = Diags.getNumErrors();
    ASTContext Ctx;
    parseBuffer(Ctx, SM, BufferID, Diags);
    Diags.flush();
    if (Diags.getNumErrors() != ErrorsBefore) {
      R.Status = FormatStatus::ParseError;
      return R;
    }
  }
  R.Text = formatTokens(SM, BufferID, &R.Spans);
  if (R.Text == Input)
    return R;

  bool InFailed = false, OutFailed = false;
  std::string Before = dumpASTWithoutLocations(Name, Input, InFailed);
  std::string After = dumpASTWithoutLocations(Name, R.Text, OutFailed);
  if (OutFailed || InFailed) {
    R.Status = FormatStatus::InternalError;
    R.Message = "the formatted text does not parse";
    return R;
  }
  if (Before != After) {
    R.Status = FormatStatus::InternalError;
    R.Message = "the formatted text parses to a different syntax tree";
    return R;
  }
  if (formatTextUnchecked(Name, R.Text) != R.Text) {
    R.Status = FormatStatus::InternalError;
    R.Message = "formatting the output again changes it";
    return R;
  }
  return R;
}
