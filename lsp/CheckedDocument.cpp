//===- CheckedDocument.cpp - One version of an open file, parsed and checked =//
#include "lsp/CheckedDocument.h"

#include "frontend/Parser.h"
#include "llvm/ADT/StringSet.h"
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
                       const ParsedFileCache *Cache, CrashHook Crash,
                       const ReuseBase *Previous) {
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
  if (CRC.RunSafelyOnThread([&] { Doc->run(Path, Options, Cache, Crash, Previous); },
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

/// Main-file locations in a ReuseBase: the offset with this bit set (the
/// standard library's locations are below any main file's, and the same in
/// every check: its buffers come first, in the same order).
static constexpr uint32_t MainFileBit = 0x80000000u;

void CheckedDocument::run(llvm::StringRef Path, const SemaOptions &Options,
                          const ParsedFileCache *Cache, CrashHook Crash,
                          const ReuseBase *Previous) {
  Types = std::make_unique<TypeContext>();
  Diags = std::make_unique<DiagnosticEngine>(SM);
  Diags->addConsumer(&Store);
  Diags->setErrorLimit(0);
  ModuleDecl *Main = parseBuffer(AST, SM, Buffer, *Diags);
  HasChunks = computeChunks(SM, Buffer, Main, Chunks);
  std::optional<std::vector<int>> From;
  std::vector<std::pair<int, Diagnostic>> Reused;
  if (Previous && HasChunks)
    From = planReuse(*Previous, getText(), Chunks);
  if (From && !takeOldDiagnostics(*Previous, *From, Reused)) {
    From.reset();
    Reused.clear();
  }
  Pending.assign(Chunks.size(), false);
  for (unsigned I = 0; From && I < Chunks.size(); ++I)
    if ((*From)[I] >= 0) {
      Pending[I] = true;
      DeferredStmts.insert(Chunks[I].S);
      ++NumReused;
    }
  NumChecked = Chunks.size() - NumReused;

  SemaOptions Opts = Options;
  Opts.Index = &Index;
  Opts.KeepGoing = true;
  Opts.ParsedFiles = Cache;
  Opts.MainAST = Main;
  Opts.Deferred = &DeferredStmts;
  bool Reached = false;
  auto Mark = [&] {
    Reached = true;
    DeclDiagsBegin = Store.Diags.size();
  };
  Opts.BeforeDeclarations = Mark;
  // An editor answers while the user types: a smaller compile-time budget
  // than the compiler's, so an endless comptime loop is reported quickly.
  Opts.ComptimeSteps = std::min<uint64_t>(Opts.ComptimeSteps, 1000000);
  Session = std::make_unique<CheckSession>(Opts, SM, AST, *Types, *Diags);
  Session->run(Buffer);
  if (Crash == CrashHook::FatalError)
    llvm::report_fatal_error("crash requested by --debug-crash-on");
  if (Crash == CrashHook::NullWrite)
    *static_cast<volatile int *>(nullptr) = 1;
  Diags->finish();
  if (!Reached) {
    // Checking stopped before the declarations: nothing to reuse from it.
    DeclDiagsBegin = Store.Diags.size();
    HasChunks = false;
    return;
  }
  if (HasChunks)
    markPlainChunks(Chunks, [&](const FuncDecl *F) {
      return Session->isCheckedAtTopLevel(F);
    });
  // The declarations' diagnostics, grouped by chunk in source order (the
  // same order whether a chunk's come from this check or the last one);
  // this check's own in a reused chunk repeat the reused ones.
  auto chunkOf = [&](const Diagnostic &D) -> int {
    if (!HasChunks || !isInDocument(D.Loc))
      return -1;
    return findChunk(Chunks, SM.getOffset(D.Loc));
  };
  // A reused chunk's own diagnostics come again from checking its
  // signatures; others located in it (a compile-time evaluation of its
  // function by a declaration checked now) are new.
  auto keyOf = [](const Diagnostic &D) {
    return (llvm::Twine(D.Loc.getRaw()) + ":" + llvm::Twine(D.Range.End.getRaw()) +
            ":" + D.Message)
        .str();
  };
  llvm::StringSet<> ReusedKeys;
  for (const auto &R : Reused)
    ReusedKeys.insert(keyOf(R.second));
  std::vector<std::pair<int, Diagnostic>> Decls;
  for (size_t I = DeclDiagsBegin; I < Store.Diags.size(); ++I) {
    int C = chunkOf(Store.Diags[I]);
    if (C >= 0 && Pending[C] && ReusedKeys.contains(keyOf(Store.Diags[I])))
      continue;
    Decls.emplace_back(C, std::move(Store.Diags[I]));
  }
  for (auto &R : Reused)
    Decls.push_back(std::move(R));
  std::stable_sort(Decls.begin(), Decls.end(),
                   [](const auto &A, const auto &B) {
                     // (-1, outside any chunk, sorts last)
                     return unsigned(A.first) < unsigned(B.first);
                   });
  Store.Diags.resize(DeclDiagsBegin);
  for (auto &D : Decls)
    Store.Diags.push_back(std::move(D.second));
}

bool CheckedDocument::takeOldDiagnostics(
    const ReuseBase &Previous, const std::vector<int> &From,
    std::vector<std::pair<int, Diagnostic>> &Out) const {
  std::vector<int> NewOf(Previous.Chunks.size(), -1);
  for (unsigned I = 0; I < From.size(); ++I)
    if (From[I] >= 0)
      NewOf[From[I]] = I;
  uint32_t MainStart = SM.getBufferStart(Buffer).getRaw();
  auto Map = [&](SourceLoc L) -> std::optional<SourceLoc> {
    if (!(L.getRaw() & MainFileBit))
      return L.getRaw() < MainStart ? std::optional<SourceLoc>(L)
                                    : std::nullopt;
    uint32_t Off = L.getRaw() & ~MainFileBit;
    int C = findChunk(Previous.Chunks, Off);
    if (C < 0 || NewOf[C] < 0)
      return std::nullopt;
    uint32_t NewOff = Off - Previous.Chunks[C].Begin + Chunks[NewOf[C]].Begin;
    return SourceLoc::fromRaw(MainStart + NewOff);
  };
  for (const Diagnostic &Old : Previous.DeclDiags) {
    if (!(Old.Loc.getRaw() & MainFileBit))
      return false; // outside the file: maybe from a deferred caller
    int C = findChunk(Previous.Chunks, Old.Loc.getRaw() & ~MainFileBit);
    if (C < 0 || !Previous.Chunks[C].Plain)
      return false; // in a generic declaration: as above
    if (NewOf[C] < 0)
      continue; // checked again now
    Diagnostic D = Old;
    if (!remapDiagnostic(D, Map))
      return false;
    Out.emplace_back(NewOf[C], std::move(D));
  }
  return true;
}

std::unique_ptr<ReuseBase> CheckedDocument::makeReuseBase() const {
  if (Crashed || !HasChunks || !Session)
    return nullptr;
  auto Base = std::make_unique<ReuseBase>();
  Base->Text = getText().str();
  Base->Chunks = Chunks;
  for (TopLevelChunk &C : Base->Chunks)
    C.S = nullptr; // the tree is freed with this document
  uint32_t MainStart = SM.getBufferStart(Buffer).getRaw();
  auto Map = [&](SourceLoc L) -> std::optional<SourceLoc> {
    if (isInDocument(L))
      return SourceLoc::fromRaw(MainFileBit | (L.getRaw() - MainStart));
    if (L.getRaw() < MainStart)
      return L;
    return std::nullopt; // an import parsed by this check
  };
  for (size_t I = DeclDiagsBegin; I < Store.Diags.size(); ++I) {
    Diagnostic D = Store.Diags[I];
    if (!D.Loc.isValid() || !remapDiagnostic(D, Map))
      return nullptr;
    if (isInDocument(Store.Diags[I].Loc)) {
      int C = findChunk(Chunks, SM.getOffset(Store.Diags[I].Loc));
      if (C >= 0)
        Base->Chunks[C].HasDiags = true;
    }
    Base->DeclDiags.push_back(std::move(D));
  }
  return Base;
}

void CheckedDocument::checkDeferredChunks(
    llvm::function_ref<bool(unsigned)> Want) {
  if (Crashed || !Session || DeferredStmts.empty())
    return;
  llvm::SmallVector<unsigned, 4> Now;
  for (unsigned I = 0; I < Pending.size(); ++I)
    if (Pending[I] && Want(I)) {
      Pending[I] = false;
      Now.push_back(I);
    }
  if (Now.empty())
    return;
  auto Pick = [&](const FuncDecl *F) {
    if (!F || !isInDocument(F->getStartLoc()))
      return false;
    int C = findChunk(Chunks, SM.getOffset(F->getStartLoc()));
    return C >= 0 && llvm::is_contained(Now, unsigned(C));
  };
  size_t Keep = Store.Diags.size();
  llvm::CrashRecoveryContext CRC;
  constexpr unsigned CheckStackBytes = 512u << 20;
  if (!CRC.RunSafelyOnThread(
          [&] {
            Session->checkDeferred(Pick);
            Diags->flush();
          },
          CheckStackBytes)) {
    // As in check(): the state may be inconsistent; it is leaked.
    (void)Session.release();
    Crashed = true;
    return;
  }
  // (Published already: these are the reused diagnostics' sources.)
  Store.Diags.resize(Keep);
}

void CheckedDocument::checkDeferredAt(const L::Position &Pos) {
  SourceLoc Loc = getLoc(Pos);
  if (!isInDocument(Loc))
    return;
  // The chunk around Loc, and any whose statement reaches it (after a
  // parse error a statement's tree may run past the next one's start).
  int C = findChunk(Chunks, SM.getOffset(Loc));
  // A generic declaration's bodies are checked per instantiation, by its
  // callers: all of them, when they were deferred.
  if (C >= 0 && !Chunks[C].Plain)
    return checkAllDeferred();
  checkDeferredChunks([&](unsigned I) {
    SourceRange R = Chunks[I].S->getRange();
    return I == unsigned(C) || (R.Begin <= Loc && Loc <= R.End);
  });
}

bool CheckedDocument::hasDeferredBodies() const {
  return !Crashed && Session && llvm::is_contained(Pending, true);
}

void CheckedDocument::checkNextDeferred() {
  auto It = llvm::find(Pending, true);
  if (It == Pending.end())
    return;
  unsigned Next = It - Pending.begin();
  checkDeferredChunks([&](unsigned I) { return I == Next; });
}

void CheckedDocument::checkAllDeferred() {
  checkDeferredChunks([](unsigned) { return true; });
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
