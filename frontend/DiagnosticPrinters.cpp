//===- DiagnosticPrinters.cpp - Text (with carets) and JSON renderings ----===//
#include "frontend/Diagnostics.h"

#include "llvm/Support/ConvertUTF.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/Unicode.h"
#include "llvm/Support/raw_ostream.h"
#include <algorithm>

using namespace ignis;

static llvm::StringRef getSeverityName(DiagSeverity S) {
  switch (S) {
  case DiagSeverity::Note:
    return "note";
  case DiagSeverity::Warning:
    return "warning";
  case DiagSeverity::Error:
    return "error";
  }
  return "error";
}

//===----------------------------------------------------------------------===//
// Text
//===----------------------------------------------------------------------===//

namespace {
// The clang palette, as ANSI escape sequences: written directly so that
// --color=always gives the same bytes whatever the stream is.
constexpr const char *ColorReset = "\033[0m";
constexpr const char *ColorBold = "\033[1m";
constexpr const char *ColorError = "\033[1;31m";
constexpr const char *ColorWarning = "\033[1;35m";
constexpr const char *ColorNote = "\033[1;36m";
constexpr const char *ColorCaret = "\033[1;32m";
constexpr unsigned TabStop = 8;
} // namespace

static const char *getSeverityColor(DiagSeverity S) {
  switch (S) {
  case DiagSeverity::Note:
    return ColorNote;
  case DiagSeverity::Warning:
    return ColorWarning;
  case DiagSeverity::Error:
    return ColorError;
  }
  return ColorError;
}

/// Length in bytes of the UTF-8 sequence starting at Text[I], at least 1.
static unsigned getCharLength(llvm::StringRef Text, size_t I) {
  unsigned N = llvm::getNumBytesForUTF8(static_cast<unsigned char>(Text[I]));
  if (N == 0 || I + N > Text.size())
    return 1;
  return N;
}

/// Display width of one character; control or malformed bytes count as 1.
static unsigned getCharWidth(llvm::StringRef Char) {
  int W = llvm::sys::unicode::columnWidthUTF8(Char);
  return W < 0 ? 1 : static_cast<unsigned>(W);
}

/// The line under the source line: `^` at CaretByte, `~` under every marked
/// byte, tabs reproduced so that it lines up in a terminal.
static std::string buildCaretLine(llvm::StringRef Line, size_t CaretByte,
                                  const std::vector<bool> &Marked) {
  std::string Out;
  unsigned Column = 0;
  for (size_t I = 0, E = Line.size(); I < E;) {
    unsigned Len = getCharLength(Line, I);
    char Mark = I == CaretByte ? '^' : (Marked[I] ? '~' : ' ');
    if (Line[I] == '\t') {
      unsigned Width = TabStop - Column % TabStop;
      if (Mark != ' ') {
        Out += Mark;
        if (Width > 1)
          Out += '\t';
      } else {
        Out += '\t';
      }
      Column += Width;
    } else {
      unsigned Width = getCharWidth(Line.substr(I, Len));
      char Fill = Mark == '^' ? (Marked[I] ? '~' : ' ') : Mark;
      for (unsigned W = 0; W < Width; ++W)
        Out += W == 0 ? Mark : Fill;
      Column += Width;
    }
    I += Len;
  }
  if (CaretByte >= Line.size())
    Out += '^';
  else if (Marked[Line.size()])
    Out += '~';
  while (!Out.empty() && Out.back() == ' ')
    Out.pop_back();
  return Out;
}

TextDiagnosticPrinter::TextDiagnosticPrinter(llvm::raw_ostream &OS,
                                             const SourceManager &SM,
                                             bool UseColor)
    : OS(OS), SM(SM), UseColor(UseColor) {}

void TextDiagnosticPrinter::handleDiagnostic(const Diagnostic &D) {
  print(D);
  for (const Diagnostic &Note : D.Notes)
    print(Note);
  OS.flush();
}

void TextDiagnosticPrinter::print(const Diagnostic &D) {
  auto Color = [&](const char *Code) {
    if (UseColor)
      OS << Code;
  };
  unsigned BufferID = SM.findBuffer(D.Loc);

  Color(ColorBold);
  if (BufferID) {
    LineColumn LC = SM.getLineColumn(D.Loc);
    OS << LC.Filename << ':' << LC.Line << ':' << LC.Column << ": ";
  } else {
    OS << "ignis: ";
  }
  Color(ColorReset);
  Color(getSeverityColor(D.Severity));
  OS << getSeverityName(D.Severity) << ": ";
  Color(ColorReset);
  Color(ColorBold);
  OS << D.Message;
  Color(ColorReset);
  OS << '\n';
  if (!BufferID)
    return;

  llvm::StringRef Line = SM.getLineText(D.Loc);
  uint32_t LineStart = SM.getOffset(D.Loc) -
                       (SM.getCharacterData(D.Loc) - Line.data());
  uint32_t LineEnd = LineStart + Line.size();
  size_t CaretByte = SM.getOffset(D.Loc) - LineStart;

  std::vector<bool> Marked(Line.size() + 1, false);
  auto Mark = [&](SourceRange R) {
    if (!R.isValid() || SM.findBuffer(R.Begin) != BufferID ||
        SM.findBuffer(R.End) != BufferID)
      return;
    uint32_t B = std::max(SM.getOffset(R.Begin), LineStart);
    // A range running on past the line gets one '~' after its last column.
    uint32_t E = std::min(SM.getOffset(R.End), LineEnd + 1);
    for (uint32_t I = B; I < E; ++I)
      Marked[I - LineStart] = true;
  };
  Mark(D.Range);
  for (SourceRange R : D.ExtraRanges)
    Mark(R);

  OS << Line << '\n';
  Color(ColorCaret);
  OS << buildCaretLine(Line, CaretByte, Marked);
  Color(ColorReset);
  OS << '\n';
}

//===----------------------------------------------------------------------===//
// JSON
//===----------------------------------------------------------------------===//

/// JSON strings must be UTF-8; messages may quote invalid source bytes and
/// file names may be any bytes, so those are repaired (U+FFFD).
static std::string validUTF8(llvm::StringRef S) {
  return llvm::json::isUTF8(S) ? S.str() : llvm::json::fixUTF8(S);
}

static llvm::json::Object toJSON(const Diagnostic &D, const SourceManager &SM) {
  llvm::json::Object Obj{{"severity", getSeverityName(D.Severity)},
                         {"code", getDiagnosticName(D.ID)},
                         {"message", validUTF8(D.Message)}};
  if (SM.findBuffer(D.Loc)) {
    LineColumn LC = SM.getLineColumn(D.Loc);
    Obj["file"] = validUTF8(LC.Filename);
    Obj["line"] = LC.Line;
    Obj["column"] = LC.Column;
    SourceLoc End = D.Range.isValid() &&
                            SM.findBuffer(D.Range.End) == SM.findBuffer(D.Loc)
                        ? D.Range.End
                        : D.Loc;
    if (End < D.Loc)
      End = D.Loc;
    LineColumn EndLC = SM.getLineColumn(End);
    Obj["endLine"] = EndLC.Line;
    Obj["endColumn"] = EndLC.Column;
  }
  return Obj;
}

JSONDiagnosticPrinter::JSONDiagnosticPrinter(llvm::raw_ostream &OS,
                                             const SourceManager &SM)
    : OS(OS), SM(SM) {}

void JSONDiagnosticPrinter::handleDiagnostic(const Diagnostic &D) {
  llvm::json::Object Obj = toJSON(D, SM);
  llvm::json::Array Notes;
  for (const Diagnostic &Note : D.Notes)
    Notes.push_back(toJSON(Note, SM));
  Obj["notes"] = std::move(Notes);
  OS << llvm::json::Value(std::move(Obj)) << '\n';
  OS.flush();
}
