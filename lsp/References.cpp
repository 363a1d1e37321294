//===- References.cpp - textDocument/references and rename within a file --===//
//
// The target is what the cursor names (a use, a declaration's name, a member
// after `.`); its occurrences are the recorded uses of the same declaration
// in this file, the member accesses whose base type has that member, and the
// declaration itself when it is in this file.
//
//===----------------------------------------------------------------------===//
#include "lsp/DeclText.h"
#include "lsp/Features.h"
#include "lsp/Lookup.h"
#include <algorithm>

using namespace ignis;
using namespace ignis::lsp;
namespace L = llvm::lsp;

namespace {
struct Target {
  const Decl *D = nullptr;     // functions, structs, members, ...
  SourceLoc LocalLoc;          // a local's declaring name
  llvm::StringRef Name;
};
} // namespace

/// A declaration of the main file whose name range contains Loc.
static const Decl *declaredAt(const CheckedDocument &Doc, SourceLoc Loc) {
  const ModuleDecl *M = Doc.getModule();
  if (!M)
    return nullptr;
  auto Named = [&](const Stmt *S) -> const Decl * {
    auto *D = llvm::dyn_cast<Decl>(S);
    if (!D)
      return nullptr;
    SourceRange R = getNameRange(D);
    return R.Begin <= Loc && Loc <= R.End ? D : nullptr;
  };
  for (const Stmt *S : M->Body) {
    if (const Decl *D = Named(S))
      return D;
    Block Body;
    if (auto *SD = llvm::dyn_cast<StructDecl>(S))
      Body = SD->Body;
    else if (auto *TD = llvm::dyn_cast<TraitDecl>(S))
      Body = TD->Body;
    for (const Stmt *Member : Body)
      if (const Decl *D = Named(Member))
        return D;
  }
  return nullptr;
}

static std::optional<Target> findTarget(const CheckedDocument &Doc,
                                        SourceLoc Loc) {
  Target T;
  llvm::StringRef Member;
  SourceRange MemberRange;
  if (Type Base = findMemberBase(Doc, Loc, Member, MemberRange)) {
    if ((T.D = findMemberDecl(Base, Member))) {
      T.Name = Member;
      return T;
    }
  }
  if (const ResolutionIndex::Reference *R = findReference(Doc, Loc)) {
    T.Name = Doc.getSourceManager().getText(R->Use);
    if (R->K == ResolutionIndex::Reference::Kind::Local)
      T.LocalLoc = R->DeclLoc;
    else
      T.D = R->D;
    if (T.D || T.LocalLoc.isValid())
      return T;
  }
  for (const auto &Local : Doc.getIndex().Locals)
    if (Doc.isInDocument(Local.Loc) && Local.Loc <= Loc &&
        Loc <= Local.Loc.getAdvanced(Local.Name.size())) {
      T.LocalLoc = Local.Loc;
      T.Name = Local.Name;
      return T;
    }
  if ((T.D = declaredAt(Doc, Loc))) {
    T.Name = Doc.getSourceManager().getText(getNameRange(T.D));
    return T;
  }
  return std::nullopt;
}

static std::vector<SourceRange> findOccurrences(const CheckedDocument &Doc,
                                                const Target &T) {
  std::vector<SourceRange> Out;
  for (const auto &R : Doc.getIndex().References) {
    if (!Doc.isInDocument(R.Use.Begin))
      continue;
    bool Same = T.D ? R.D == T.D
                    : R.K == ResolutionIndex::Reference::Kind::Local &&
                          R.DeclLoc == T.LocalLoc;
    if (Same)
      Out.push_back(R.Use);
  }
  if (T.D && (llvm::isa<VarDecl>(T.D) || llvm::isa<FuncDecl>(T.D) ||
              llvm::isa<ComptimeDecl>(T.D))) {
    // Member accesses `x.name` whose base's struct declares T.D.
    const SourceManager &SM = Doc.getSourceManager();
    llvm::StringRef Text = Doc.getText();
    for (size_t At = Text.find(T.Name); At != llvm::StringRef::npos;
         At = Text.find(T.Name, At + 1)) {
      SourceLoc Loc = SM.getLocForOffset(Doc.getBuffer(), At);
      SourceRange Word = getIdentifierAt(Doc, Loc);
      if (Word.Begin != Loc || SM.getText(Word) != T.Name)
        continue;
      llvm::StringRef Member;
      SourceRange MemberRange;
      if (Type Base = findMemberBase(Doc, Loc, Member, MemberRange))
        if (findMemberDecl(Base, Member) == T.D)
          Out.push_back(MemberRange);
    }
  }
  if (T.D && Doc.isInDocument(T.D->getStartLoc()))
    Out.push_back(getNameRange(T.D));
  if (T.LocalLoc.isValid())
    Out.push_back(SourceRange(T.LocalLoc, T.LocalLoc.getAdvanced(T.Name.size())));
  std::sort(Out.begin(), Out.end(), [](SourceRange A, SourceRange B) {
    return A.Begin < B.Begin;
  });
  Out.erase(std::unique(Out.begin(), Out.end(),
                        [](SourceRange A, SourceRange B) {
                          return A.Begin == B.Begin;
                        }),
            Out.end());
  return Out;
}

std::vector<L::Location> lsp::findReferences(const CheckedDocument &Doc,
                                             const L::Position &Pos,
                                             bool IncludeDeclaration) {
  std::vector<L::Location> Out;
  std::optional<Target> T = findTarget(Doc, Doc.getLoc(Pos));
  if (!T)
    return Out;
  SourceLoc DeclLoc = T->D ? getNameRange(T->D).Begin : T->LocalLoc;
  for (SourceRange R : findOccurrences(Doc, *T)) {
    if (!IncludeDeclaration && R.Begin == DeclLoc)
      continue;
    if (std::optional<L::Location> Where = Doc.getLocation(R))
      Out.push_back(*Where);
  }
  return Out;
}

static bool isIdentifier(llvm::StringRef S) {
  if (S.empty() || (S[0] >= '0' && S[0] <= '9'))
    return false;
  return llvm::all_of(S, [](char C) {
    return (C >= 'a' && C <= 'z') || (C >= 'A' && C <= 'Z') ||
           (C >= '0' && C <= '9') || C == '_';
  });
}

llvm::Expected<L::WorkspaceEdit>
lsp::renameSymbol(const CheckedDocument &Doc, const L::URIForFile &URI,
                  const L::Position &Pos, llvm::StringRef NewName) {
  auto Fail = [](const llvm::Twine &Why) {
    return llvm::make_error<L::LSPError>(Why.str(), L::ErrorCode::InvalidParams);
  };
  if (!isIdentifier(NewName))
    return Fail("'" + NewName + "' is not an identifier");
  std::optional<Target> T = findTarget(Doc, Doc.getLoc(Pos));
  if (!T)
    return Fail("nothing to rename here");
  if (T->D && !Doc.isInDocument(T->D->getStartLoc()))
    return Fail("'" + T->Name + "' is declared outside this file");
  L::WorkspaceEdit Edit;
  std::vector<L::TextEdit> &Edits = Edit.changes[URI.uri().str()];
  for (SourceRange R : findOccurrences(Doc, *T))
    Edits.push_back(L::TextEdit{Doc.getRange(R), NewName.str()});
  return Edit;
}
