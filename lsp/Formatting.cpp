//===- Formatting.cpp - textDocument/formatting through `ignis format` ----===//
#include "lsp/Formatting.h"

#include "frontend/Diagnostics.h"
#include "frontend/SourceManager.h"
#include "tools/format/Formatter.h"
#include "llvm/Support/ConvertUTF.h"

using namespace ignis;
using namespace ignis::lsp;
namespace L = llvm::lsp;

/// The LSP position of byte Offset in Text (0-based line, code points).
static L::Position positionAt(llvm::StringRef Text, size_t Offset) {
  int Line = 0, Character = 0;
  for (size_t I = 0; I < Offset && I < Text.size();) {
    unsigned char C = Text[I];
    if (C == '\n') {
      ++Line;
      Character = 0;
      ++I;
      continue;
    }
    unsigned Len = llvm::getNumBytesForUTF8(C);
    I += Len == 0 ? 1 : Len;
    ++Character;
  }
  return L::Position(Line, Character);
}

/// The length of the longest common prefix of A and B that ends at a line
/// end (or is all of the shorter one when that is a prefix of the other and
/// ends the text).
static size_t commonLinePrefix(llvm::StringRef A, llvm::StringRef B) {
  size_t N = 0, LastLineEnd = 0, Max = std::min(A.size(), B.size());
  while (N < Max && A[N] == B[N]) {
    if (A[N] == '\n')
      LastLineEnd = N + 1;
    ++N;
  }
  return LastLineEnd;
}

/// The same for common suffixes: the kept tail starts at a line start.
static size_t commonLineSuffix(llvm::StringRef A, llvm::StringRef B) {
  size_t N = 0, Max = std::min(A.size(), B.size()), Kept = 0;
  while (N < Max && A[A.size() - 1 - N] == B[B.size() - 1 - N]) {
    ++N;
    // A tail that starts right after a '\n' (in both texts) is whole lines.
    if (N < Max && A[A.size() - 1 - N] == '\n' && B[B.size() - 1 - N] == '\n')
      Kept = N;
  }
  // All of the shorter text matched: it is whole lines if the longer one
  // has a line end (or nothing) before it.
  if (N == Max && (A.size() == B.size() ||
                   (A.size() > B.size() ? A[A.size() - 1 - N]
                                        : B[B.size() - 1 - N]) == '\n'))
    Kept = N;
  return Kept;
}

/// The edit turning Text[Begin, End) into New, shrunk to the lines that
/// differ; none when they are equal.
static void addMinimalEdit(llvm::StringRef Text, size_t Begin, size_t End,
                           llvm::StringRef New,
                           std::vector<L::TextEdit> &Edits) {
  llvm::StringRef Old = Text.slice(Begin, End);
  if (Old == New)
    return;
  size_t Prefix = commonLinePrefix(Old, New);
  size_t Suffix =
      commonLineSuffix(Old.drop_front(Prefix), New.drop_front(Prefix));
  L::TextEdit Edit;
  Edit.range = L::Range(positionAt(Text, Begin + Prefix),
                        positionAt(Text, End - Suffix));
  Edit.newText = New.slice(Prefix, New.size() - Suffix).str();
  Edits.push_back(std::move(Edit));
}

/// Runs the formatter with its checks; Edits stays empty when Text does not
/// parse.
static llvm::Expected<FormatResult> runFormatter(llvm::StringRef Path,
                                                 llvm::StringRef Text) {
  SourceManager SM;
  unsigned Buffer = SM.addBuffer(Path, Text);
  DiagnosticEngine Diags(SM);
  StoringDiagnosticConsumer Store; // parse errors are already published
  Diags.addConsumer(&Store);
  Diags.setSuppressWarnings(true);
  FormatResult R = formatBuffer(SM, Buffer, Diags);
  Diags.finish();
  if (R.Status == FormatStatus::InternalError)
    return llvm::make_error<L::LSPError>(
        "internal formatter error: " + R.Message +
            "; the file was left unchanged (please report this)",
        L::ErrorCode::RequestFailed);
  return std::move(R);
}

llvm::Expected<std::vector<L::TextEdit>>
lsp::formatDocument(llvm::StringRef Path, llvm::StringRef Text) {
  llvm::Expected<FormatResult> R = runFormatter(Path, Text);
  if (!R)
    return R.takeError();
  std::vector<L::TextEdit> Edits;
  if (R->Status == FormatStatus::Formatted)
    addMinimalEdit(Text, 0, Text.size(), R->Text, Edits);
  return Edits;
}

/// Byte offsets where each line of Text starts (lines end at '\n' or a lone
/// '\r', as the formatter counts them), plus Text.size() at the end.
static std::vector<size_t> lineStarts(llvm::StringRef Text) {
  std::vector<size_t> Starts{0};
  for (size_t I = 0; I < Text.size(); ++I)
    if (Text[I] == '\n' ||
        (Text[I] == '\r' && (I + 1 >= Text.size() || Text[I + 1] != '\n')))
      Starts.push_back(I + 1);
  if (Starts.back() != Text.size())
    Starts.push_back(Text.size());
  return Starts;
}

llvm::Expected<std::vector<L::TextEdit>>
lsp::formatRange(llvm::StringRef Path, llvm::StringRef Text,
                 const L::Range &Range) {
  std::vector<L::TextEdit> Edits;
  int First = std::max(Range.start.line, 0), Last = Range.end.line;
  // A selection of whole lines ends at the start of the next one.
  if (Last > First && Range.end.character == 0)
    --Last;
  if (Last < First)
    return Edits;
  llvm::Expected<FormatResult> R = runFormatter(Path, Text);
  if (!R)
    return R.takeError();
  if (R->Status != FormatStatus::Formatted)
    return Edits;
  // The statements (and comment lines) touching the requested lines.
  const FormattedSpan *Begin = nullptr, *End = nullptr;
  for (const FormattedSpan &S : R->Spans) {
    if (int(S.LastLine) < First || int(S.FirstLine) > Last)
      continue;
    if (!Begin)
      Begin = &S;
    End = &S;
  }
  if (!Begin)
    return Edits; // only blank lines
  std::vector<size_t> Starts = lineStarts(Text);
  auto StartOf = [&](unsigned Line) {
    return Line < Starts.size() ? Starts[Line] : Text.size();
  };
  // Blocks are made by indentation: a statement moved to 4 spaces among
  // siblings left at 2 would no longer parse. When formatting re-indents a
  // requested statement, the range grows to the top-level statements
  // around it (their indentation is always right).
  auto Indent = [](llvm::StringRef S) {
    return S.take_front(S.find_first_not_of(" \t"));
  };
  bool Reindents = false;
  for (const FormattedSpan *S = Begin; S <= End && !Reindents; ++S)
    Reindents = Indent(Text.substr(StartOf(S->FirstLine))) !=
                Indent(llvm::StringRef(R->Text).substr(S->OutBegin));
  if (Reindents) {
    const FormattedSpan *Front = R->Spans.data(),
                        *Back = Front + R->Spans.size() - 1;
    while (Begin > Front && !(Begin->Code && Begin->Depth == 0))
      --Begin;
    while (End < Back && !(End[1].Code && End[1].Depth == 0))
      ++End;
  }
  addMinimalEdit(Text, StartOf(Begin->FirstLine), StartOf(End->LastLine + 1),
                 llvm::StringRef(R->Text).slice(Begin->OutBegin, End->OutEnd),
                 Edits);
  return Edits;
}
