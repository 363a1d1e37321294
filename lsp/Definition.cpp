//===- Definition.cpp - textDocument/definition ---------------------------===//
#include "lsp/DeclText.h"
#include "lsp/Features.h"
#include "lsp/Lookup.h"

using namespace ignis;
using namespace ignis::lsp;
namespace L = llvm::lsp;

std::vector<L::Location> lsp::findDefinition(const CheckedDocument &Doc,
                                             const L::Position &Pos) {
  std::vector<L::Location> Out;
  SourceLoc Loc = Doc.getLoc(Pos);
  if (!Loc.isValid())
    return Out;
  auto Add = [&](SourceRange R) {
    if (std::optional<L::Location> Where = Doc.getLocation(R))
      Out.push_back(*Where);
  };
  llvm::StringRef Member;
  SourceRange MemberRange;
  if (Type Base = findMemberBase(Doc, Loc, Member, MemberRange)) {
    if (const Decl *D = findMemberDecl(Base, Member)) {
      Add(getNameRange(D));
      return Out;
    }
  }
  if (const ResolutionIndex::Reference *R = findReference(Doc, Loc)) {
    if (R->D) {
      Add(getNameRange(R->D));
    } else if (R->DeclLoc.isValid()) {
      llvm::StringRef Name = Doc.getSourceManager().getText(R->Use);
      Add(SourceRange(R->DeclLoc, R->DeclLoc.getAdvanced(Name.size())));
    }
  }
  return Out;
}
