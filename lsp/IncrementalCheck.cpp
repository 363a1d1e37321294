//===- IncrementalCheck.cpp - Re-checking only what an edit changed -------===//
#include "lsp/IncrementalCheck.h"

#include "llvm/ADT/StringSet.h"
#include <algorithm>

using namespace ignis;
using namespace ignis::lsp;

/// Where S's text starts: its first decorator, else itself.
static SourceLoc getFirstLoc(const Stmt *S) {
  SourceLoc L = S->getStartLoc();
  if (auto *D = llvm::dyn_cast<Decl>(S))
    for (const Decorator &Dec : D->Decorators)
      if (Dec.Range.Begin.isValid() && (!L.isValid() || Dec.Range.Begin < L))
        L = Dec.Range.Begin;
  return L;
}

/// The span of F's body in the text, if it has one.
static std::optional<std::pair<uint32_t, uint32_t>>
getBodySpan(const SourceManager &SM, const FuncDecl *F) {
  if (!F->HasBody || F->Body.empty())
    return std::nullopt;
  SourceLoc B = F->Body.front()->getStartLoc();
  SourceLoc E = F->Body.back()->getRange().End;
  if (F->getRange().End.isValid() && E < F->getRange().End)
    E = F->getRange().End;
  if (!B.isValid() || !E.isValid() || E < B)
    return std::nullopt;
  return std::make_pair(SM.getOffset(B), SM.getOffset(E));
}

static std::string getSkeleton(const SourceManager &SM, llvm::StringRef Text,
                               const TopLevelChunk &C) {
  llvm::SmallVector<std::pair<uint32_t, uint32_t>, 8> Cuts;
  auto addFunc = [&](const Stmt *S) {
    if (auto *F = llvm::dyn_cast<FuncDecl>(S))
      if (auto Span = getBodySpan(SM, F))
        if (Span->first >= C.Begin && Span->second <= C.End)
          Cuts.push_back(*Span);
  };
  addFunc(C.S);
  if (auto *SD = llvm::dyn_cast<StructDecl>(C.S))
    for (const Stmt *M : SD->Body)
      addFunc(M);
  std::sort(Cuts.begin(), Cuts.end());
  std::string Out;
  uint32_t At = C.Begin;
  for (auto [B, E] : Cuts) {
    if (B < At)
      continue;
    Out += Text.slice(At, B);
    Out += '\x01'; // a body was here
    At = E;
  }
  Out += Text.slice(At, C.End);
  return Out;
}

bool lsp::computeChunks(const SourceManager &SM, unsigned Buffer,
                        const ModuleDecl *Module,
                        std::vector<TopLevelChunk> &Out) {
  Out.clear();
  if (!Module)
    return false;
  llvm::StringRef Text = SM.getBufferText(Buffer);
  for (const Stmt *S : Module->Body) {
    SourceLoc L = getFirstLoc(S);
    if (!L.isValid() || SM.findBuffer(L) != Buffer)
      return false;
    uint32_t Off = SM.getOffset(L);
    while (Off > 0 && Text[Off - 1] != '\n')
      --Off;
    if (!Out.empty() && Off <= Out.back().Begin)
      return false; // two statements on one line
    if (!Out.empty())
      Out.back().End = Off;
    TopLevelChunk C;
    C.Begin = Off;
    C.S = S;
    C.Kind = S->getKind();
    if (auto *D = llvm::dyn_cast<Decl>(S))
      C.Name = D->Name.Name.str();
    Out.push_back(std::move(C));
  }
  if (!Out.empty())
    Out.back().End = Text.size();
  for (TopLevelChunk &C : Out)
    C.Skeleton = getSkeleton(SM, Text, C);
  return true;
}

void lsp::markPlainChunks(std::vector<TopLevelChunk> &Chunks,
                          llvm::function_ref<bool(const FuncDecl *)> IsPlain) {
  for (TopLevelChunk &C : Chunks) {
    C.Plain = false;
    if (auto *F = llvm::dyn_cast<FuncDecl>(C.S)) {
      C.Plain = IsPlain(F);
    } else if (auto *SD = llvm::dyn_cast<StructDecl>(C.S)) {
      if (SD->Params.Present)
        continue;
      C.Plain = true;
      for (const Stmt *M : SD->Body)
        if (auto *MF = llvm::dyn_cast<FuncDecl>(M))
          C.Plain = C.Plain && IsPlain(MF);
    }
  }
}

/// Whether Text has an identifier in Names.
static bool mentionsAny(llvm::StringRef Text, const llvm::StringSet<> &Names) {
  auto isStart = [](char C) { return std::isalpha((unsigned char)C) || C == '_'; };
  auto isPart = [](char C) { return std::isalnum((unsigned char)C) || C == '_'; };
  for (size_t I = 0; I < Text.size();) {
    if (!isStart(Text[I])) {
      ++I;
      continue;
    }
    size_t B = I;
    while (I < Text.size() && isPart(Text[I]))
      ++I;
    if (Names.contains(Text.slice(B, I)))
      return true;
  }
  return false;
}

std::optional<std::vector<int>>
lsp::planReuse(const ReuseBase &Old, llvm::StringRef NewText,
               const std::vector<TopLevelChunk> &New) {
  auto oldText = [&](size_t J) {
    return llvm::StringRef(Old.Text).slice(Old.Chunks[J].Begin,
                                           Old.Chunks[J].End);
  };
  auto newText = [&](size_t I) {
    return NewText.slice(New[I].Begin, New[I].End);
  };
  size_t NO = Old.Chunks.size(), NN = New.size();
  size_t Pre = 0;
  while (Pre < NO && Pre < NN && oldText(Pre) == newText(Pre))
    ++Pre;
  size_t Suf = 0;
  while (Suf < NO - Pre && Suf < NN - Pre &&
         oldText(NO - 1 - Suf) == newText(NN - 1 - Suf))
    ++Suf;

  // The changed middle: bodies only, or functions whose callers must be
  // checked again (they name them); anything else changes too much.
  llvm::StringSet<> Depend;
  // Functions whose bodies changed: a compile-time evaluation elsewhere
  // (`comptime x = f()`) runs them.
  llvm::StringSet<> BodyChanged;
  bool NamesChanged = false; // a function added or removed
  std::vector<bool> OldUsed(NO, false);
  auto isFunctionName = [](llvm::StringRef N) {
    return !N.empty() && !N.starts_with("__");
  };
  for (size_t I = Pre; I < NN - Suf; ++I) {
    const TopLevelChunk &C = New[I];
    const TopLevelChunk *Match = nullptr;
    for (size_t J = Pre; J < NO - Suf && !Match; ++J)
      if (!OldUsed[J] && Old.Chunks[J].Kind == C.Kind &&
          Old.Chunks[J].Name == C.Name) {
        OldUsed[J] = true;
        Match = &Old.Chunks[J];
      }
    bool BodiesOnly = Match && Match->Plain && Match->Skeleton == C.Skeleton;
    if (BodiesOnly) {
      if (C.Kind == NodeKind::FuncDecl)
        BodyChanged.insert(C.Name);
      else if (auto *SD = llvm::dyn_cast_or_null<StructDecl>(C.S))
        for (const Stmt *M : SD->Body)
          if (auto *MF = llvm::dyn_cast<FuncDecl>(M))
            BodyChanged.insert(MF->Name.Name);
    }
    if (C.Kind == NodeKind::FuncDecl) {
      if (BodiesOnly)
        continue;
      if (!isFunctionName(C.Name))
        return std::nullopt;
      Depend.insert(C.Name);
      NamesChanged |= !Match;
      continue;
    }
    if (C.Kind == NodeKind::StructDecl && BodiesOnly)
      continue;
    return std::nullopt;
  }
  for (size_t J = Pre; J < NO - Suf; ++J) {
    if (OldUsed[J])
      continue;
    if (Old.Chunks[J].Kind != NodeKind::FuncDecl ||
        !isFunctionName(Old.Chunks[J].Name))
      return std::nullopt; // removed
    Depend.insert(Old.Chunks[J].Name);
    NamesChanged = true;
  }

  for (auto &E : Depend)
    BodyChanged.insert(E.getKey());
  auto evaluatesAtCompileTime = [](llvm::StringRef T) {
    return T.contains("comptime") || T.contains("alias") ||
           T.contains("@parameter");
  };
  std::vector<int> From(NN, -1);
  auto reuse = [&](size_t I, size_t J) {
    llvm::StringRef T = newText(I);
    if (Old.Chunks[J].Plain && !(NamesChanged && Old.Chunks[J].HasDiags) &&
        (Depend.empty() || !mentionsAny(T, Depend)) &&
        !(evaluatesAtCompileTime(T) && mentionsAny(T, BodyChanged)))
      From[I] = J;
  };
  for (size_t I = 0; I < Pre; ++I)
    reuse(I, I);
  for (size_t K = 0; K < Suf; ++K)
    reuse(NN - 1 - K, NO - 1 - K);
  return From;
}

bool lsp::remapDiagnostic(
    Diagnostic &D,
    llvm::function_ref<std::optional<SourceLoc>(SourceLoc)> Map) {
  auto map = [&](SourceLoc &L) {
    if (!L.isValid())
      return true;
    std::optional<SourceLoc> M = Map(L);
    if (!M)
      return false;
    L = *M;
    return true;
  };
  // A range's end may be its chunk's end, which is the next chunk's start:
  // it is mapped as one character before, then moved back.
  auto mapRange = [&](SourceRange &R) {
    bool Empty = R.End == R.Begin;
    if (!map(R.Begin))
      return false;
    if (Empty) {
      R.End = R.Begin;
      return true;
    }
    if (!R.End.isValid())
      return true;
    if (R.End.getRaw() <= 1)
      return map(R.End);
    SourceLoc Before = SourceLoc::fromRaw(R.End.getRaw() - 1);
    if (!map(Before))
      return false;
    R.End = Before.getAdvanced(1);
    return true;
  };
  if (!map(D.Loc) || !mapRange(D.Range))
    return false;
  for (SourceRange &R : D.ExtraRanges)
    if (!mapRange(R))
      return false;
  for (Diagnostic &N : D.Notes)
    if (!remapDiagnostic(N, Map))
      return false;
  return true;
}

int lsp::findChunk(const std::vector<TopLevelChunk> &Chunks, uint32_t Offset) {
  auto It = std::upper_bound(
      Chunks.begin(), Chunks.end(), Offset,
      [](uint32_t O, const TopLevelChunk &C) { return O < C.Begin; });
  if (It == Chunks.begin())
    return -1;
  --It;
  if (Offset >= It->End && !(Offset == It->End && &*It == &Chunks.back()))
    return -1;
  return It - Chunks.begin();
}
