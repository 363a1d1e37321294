//===- DocumentText.cpp - Positions of an open file's text ----------------===//
#include "lsp/DocumentText.h"

#include "frontend/Diagnostics.h"
#include "frontend/Parser.h"
#include "llvm/Support/ConvertUTF.h"
#include "llvm/Support/FileSystem.h"

using namespace ignis;
using namespace ignis::lsp;
namespace L = llvm::lsp;

std::unique_ptr<ParsedDocument>
ParsedDocument::parse(llvm::StringRef Path, llvm::StringRef Text,
                      int64_t Version) {
  std::unique_ptr<ParsedDocument> Doc(new ParsedDocument());
  Doc->Version = Version;
  Doc->Buffer = Doc->SM.addBuffer(Path, Text);
  // The errors are the check's to publish; here they are dropped.
  DiagnosticEngine Diags(Doc->SM);
  Diags.setErrorLimit(0);
  Doc->Module = parseBuffer(Doc->AST, Doc->SM, Doc->Buffer, Diags);
  return Doc;
}

SourceLoc DocumentText::getLoc(const L::Position &P) const {
  if (P.line < 0 || P.character < 0)
    return SourceLoc();
  llvm::StringRef Text = getText();
  SourceLoc LineStart = SM.getLineStart(Buffer, P.line + 1);
  uint32_t Offset = SM.getOffset(LineStart);
  // Advance P.character code points, stopping at the end of the line.
  for (int I = 0; I < P.character && Offset < Text.size(); ++I) {
    unsigned char C = Text[Offset];
    if (C == '\n' || C == '\r')
      break;
    unsigned Len = llvm::getNumBytesForUTF8(C);
    Offset += Len == 0 ? 1 : Len;
  }
  if (Offset > Text.size())
    Offset = Text.size();
  return SM.getLocForOffset(Buffer, Offset);
}

L::Position DocumentText::getPosition(SourceLoc Loc) const {
  if (!Loc.isValid())
    return L::Position(0, 0);
  LineColumn LC = SM.getLineColumn(Loc);
  return L::Position(LC.Line == 0 ? 0 : LC.Line - 1,
                     LC.Column == 0 ? 0 : LC.Column - 1);
}

L::Range DocumentText::getRange(SourceRange R) const {
  L::Position Begin = getPosition(R.Begin);
  L::Position End = R.End.isValid() ? getPosition(R.End) : Begin;
  if (End < Begin)
    End = Begin;
  return L::Range(Begin, End);
}

std::optional<L::Location> DocumentText::getLocation(SourceRange R) const {
  if (!R.isValid())
    return std::nullopt;
  unsigned Id = SM.findBuffer(R.Begin);
  if (Id == 0)
    return std::nullopt;
  llvm::SmallString<256> Real;
  llvm::StringRef Name = SM.getBufferName(Id);
  if (llvm::sys::fs::real_path(Name, Real))
    Real = Name;
  llvm::Expected<L::URIForFile> URI = L::URIForFile::fromFile(Real);
  if (!URI) {
    llvm::consumeError(URI.takeError());
    return std::nullopt;
  }
  if (R.End.isValid() && SM.findBuffer(R.End) != Id)
    R.End = R.Begin;
  return L::Location{*URI, getRange(R)};
}

