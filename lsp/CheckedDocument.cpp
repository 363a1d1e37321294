//===- CheckedDocument.cpp - One version of an open file, parsed and checked =//
#include "lsp/CheckedDocument.h"

#include "frontend/Parser.h"
#include "llvm/Support/ConvertUTF.h"
#include "llvm/Support/CrashRecoveryContext.h"
#include "llvm/Support/ErrorHandling.h"
#include "llvm/Support/FileSystem.h"

using namespace ignis;
using namespace ignis::lsp;
namespace L = llvm::lsp;

std::unique_ptr<CheckedDocument>
CheckedDocument::check(llvm::StringRef Path, llvm::StringRef Text,
                       int64_t Version, const SemaOptions &Options,
                       const ParsedFileCache *Cache, CrashHook Crash) {
  std::unique_ptr<CheckedDocument> Doc(new CheckedDocument());
  Doc->Version = Version;
  if (Cache)
    Cache->mirrorInto(Doc->SM);
  Doc->Buffer = Doc->SM.addBuffer(Path, Text);
  llvm::CrashRecoveryContext CRC;
  // On a thread of its own with a large stack: checking recurses over the
  // syntax tree, and an edit can make it as deep as the text is long (a
  // chain of 5,000 `and`s); on the main thread's 8 MB that overflowed the
  // stack (a sanitizer build's larger frames first), which no crash
  // recovery can catch.
  constexpr unsigned CheckStackBytes = 512u << 20;
  if (CRC.RunSafelyOnThread([&] { Doc->run(Path, Options, Cache, Crash); },
                            CheckStackBytes))
    return Doc;
  // The crashed state may be inconsistent: it is leaked rather than freed
  // (a crash is a bug to fix; the server stays up). A fresh document keeps
  // the text, so position requests still work, and says what happened.
  (void)Doc.release();
  std::unique_ptr<CheckedDocument> Fresh(new CheckedDocument());
  Fresh->Version = Version;
  Fresh->Buffer = Fresh->SM.addBuffer(Path, Text);
  Fresh->Types = std::make_unique<TypeContext>();
  Fresh->Diags = std::make_unique<DiagnosticEngine>(Fresh->SM);
  Fresh->Diags->addConsumer(&Fresh->Store);
  Fresh->Diags->report(Fresh->SM.getBufferStart(Fresh->Buffer),
                       DiagID::err_internal)
      << "while checking this file (a bug in ignis; the "
         "language server keeps running)";
  Fresh->Diags->finish();
  Fresh->Crashed = true;
  return Fresh;
}

void CheckedDocument::run(llvm::StringRef Path, const SemaOptions &Options,
                          const ParsedFileCache *Cache, CrashHook Crash) {
  Types = std::make_unique<TypeContext>();
  Diags = std::make_unique<DiagnosticEngine>(SM);
  Diags->addConsumer(&Store);
  Diags->setErrorLimit(0);
  SemaOptions Opts = Options;
  Opts.Index = &Index;
  Opts.KeepGoing = true;
  Opts.ParsedFiles = Cache;
  // An editor answers while the user types: a smaller compile-time budget
  // than the compiler's, so an endless comptime loop is reported quickly.
  Opts.ComptimeSteps = std::min<uint64_t>(Opts.ComptimeSteps, 1000000);
  Program = checkProgram(Opts, SM, AST, *Types, Buffer, *Diags);
  if (Crash == CrashHook::FatalError)
    llvm::report_fatal_error("crash requested by --debug-crash-on");
  if (Crash == CrashHook::NullWrite)
    *static_cast<volatile int *>(nullptr) = 1;
  Diags->finish();
}

SourceLoc CheckedDocument::getLoc(const L::Position &P) const {
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

L::Position CheckedDocument::getPosition(SourceLoc Loc) const {
  if (!Loc.isValid())
    return L::Position(0, 0);
  LineColumn LC = SM.getLineColumn(Loc);
  return L::Position(LC.Line == 0 ? 0 : LC.Line - 1,
                     LC.Column == 0 ? 0 : LC.Column - 1);
}

L::Range CheckedDocument::getRange(SourceRange R) const {
  L::Position Begin = getPosition(R.Begin);
  L::Position End = R.End.isValid() ? getPosition(R.End) : Begin;
  if (End < Begin)
    End = Begin;
  return L::Range(Begin, End);
}

std::optional<L::Location> CheckedDocument::getLocation(SourceRange R) const {
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

static L::DiagnosticSeverity toSeverity(DiagSeverity S) {
  switch (S) {
  case DiagSeverity::Error:
    return L::DiagnosticSeverity::Error;
  case DiagSeverity::Warning:
    return L::DiagnosticSeverity::Warning;
  case DiagSeverity::Note:
    return L::DiagnosticSeverity::Information;
  }
  return L::DiagnosticSeverity::Error;
}

std::vector<L::Diagnostic> CheckedDocument::getDiagnostics() const {
  std::vector<L::Diagnostic> Out;
  for (const Diagnostic &D : Store.Diags) {
    L::Diagnostic LD;
    LD.severity = toSeverity(D.Severity);
    LD.source = "ignis";
    LD.message = D.Message;
    SourceRange R = D.Range.isValid() ? D.Range : SourceRange(D.Loc);
    if (isInDocument(R.Begin)) {
      if (!isInDocument(R.End))
        R.End = R.Begin;
      LD.range = getRange(R);
    } else {
      // Elsewhere (an imported module, or no location at all): shown at
      // the top of the file with where it happened.
      LD.range = L::Range(L::Position(0, 0), L::Position(0, 0));
      if (R.isValid()) {
        LineColumn LC = SM.getLineColumn(R.Begin);
        LD.message = (LC.Filename + ":" + llvm::Twine(LC.Line) + ":" +
                      llvm::Twine(LC.Column) + ": " + D.Message)
                         .str();
      }
    }
    if (!D.Notes.empty()) {
      std::vector<L::DiagnosticRelatedInformation> Related;
      for (const Diagnostic &N : D.Notes) {
        SourceRange NR = N.Range.isValid() ? N.Range : SourceRange(N.Loc);
        std::optional<L::Location> Loc = getLocation(NR);
        if (!Loc)
          Loc = getLocation(SourceRange(SM.getBufferStart(Buffer)));
        if (Loc)
          Related.emplace_back(*Loc, N.Message);
      }
      if (!Related.empty())
        LD.relatedInformation = std::move(Related);
    }
    Out.push_back(std::move(LD));
  }
  return Out;
}
