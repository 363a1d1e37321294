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

llvm::Expected<std::vector<L::TextEdit>>
lsp::formatDocument(llvm::StringRef Path, llvm::StringRef Text) {
  SourceManager SM;
  unsigned Buffer = SM.addBuffer(Path, Text);
  DiagnosticEngine Diags(SM);
  StoringDiagnosticConsumer Store; // parse errors are already published
  Diags.addConsumer(&Store);
  Diags.setSuppressWarnings(true);
  FormatResult R = formatBuffer(SM, Buffer, Diags);
  Diags.finish();
  std::vector<L::TextEdit> Edits;
  if (R.Status == FormatStatus::ParseError || R.Text == Text)
    return Edits;
  if (R.Status == FormatStatus::InternalError)
    return llvm::make_error<L::LSPError>(
        "internal formatter error: " + R.Message +
            "; the file was left unchanged (please report this)",
        L::ErrorCode::RequestFailed);
  llvm::StringRef New = R.Text;
  size_t Prefix = commonLinePrefix(Text, New);
  size_t Suffix = commonLineSuffix(Text.drop_front(Prefix),
                                   New.drop_front(Prefix));
  L::TextEdit Edit;
  Edit.range = L::Range(positionAt(Text, Prefix),
                        positionAt(Text, Text.size() - Suffix));
  Edit.newText = New.slice(Prefix, New.size() - Suffix).str();
  Edits.push_back(std::move(Edit));
  return Edits;
}
