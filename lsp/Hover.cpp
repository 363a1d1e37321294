//===- Hover.cpp - textDocument/hover: types, signatures, docstrings ------===//
#include "lsp/DeclText.h"
#include "lsp/Features.h"
#include "lsp/Lookup.h"

using namespace ignis;
using namespace ignis::lsp;
namespace L = llvm::lsp;

static std::string codeBlock(llvm::StringRef Code) {
  return ("```mojo\n" + Code + "\n```").str();
}

/// A declaration's header in a code block, then its docstring.
static std::string describeDecl(const Decl *D, const SourceManager &SM) {
  std::string Out = codeBlock(getDeclHeader(D, SM));
  std::string Doc = getDocstring(D);
  if (!Doc.empty())
    Out += "\n\n" + Doc;
  return Out;
}

std::optional<L::Hover> lsp::findHover(const CheckedDocument &Doc,
                                       const L::Position &Pos) {
  SourceLoc Loc = Doc.getLoc(Pos);
  if (!Loc.isValid())
    return std::nullopt;
  const SourceManager &SM = Doc.getSourceManager();
  const TypeContext &Types = Doc.getTypes();

  // A member name: `p.x`, `p.norm()`.
  llvm::StringRef Member;
  SourceRange MemberRange;
  if (Type Base = findMemberBase(Doc, Loc, Member, MemberRange)) {
    if (const Decl *D = findMemberDecl(Base, Member)) {
      L::Hover H(Doc.getRange(MemberRange));
      std::string Text = describeDecl(D, SM);
      if (llvm::isa<VarDecl>(D)) {
        if (const auto *E = findExpr(Doc, Loc);
            E && E->Range.End == MemberRange.End)
          Text = codeBlock((Member + ": " + Types.getName(E->Ty)).str());
        Text += "\n\nfield of `" + Types.getName(Base) + "`";
      }
      H.contents.value = Text;
      return H;
    }
  }

  if (const ResolutionIndex::Reference *R = findReference(Doc, Loc)) {
    using RK = ResolutionIndex::Reference::Kind;
    L::Hover H(Doc.getRange(R->Use));
    llvm::StringRef Name = SM.getText(R->Use);
    switch (R->K) {
    case RK::Local:
      H.contents.value = codeBlock(
          ("var " + Name + ": " + (R->Ty ? Types.getName(R->Ty) : "?")).str());
      return H;
    case RK::Value:
      H.contents.value = codeBlock(
          R->Ty ? ("comptime " + Name + " = " + Types.getName(R->Ty)).str()
                : ("comptime " + Name).str());
      return H;
    case RK::Module:
      H.contents.value = codeBlock(("module " + Name).str());
      if (R->D)
        if (std::string D = getDocstring(R->D); !D.empty())
          H.contents.value += "\n\n" + D;
      return H;
    default:
      if (!R->D)
        return std::nullopt;
      H.contents.value = describeDecl(R->D, SM);
      return H;
    }
  }

  // A local's declaration (`var x = ...` names are not references).
  for (const auto &Local : Doc.getIndex().Locals)
    if (Doc.isInDocument(Local.Loc) && Local.Loc <= Loc &&
        Loc <= Local.Loc.getAdvanced(Local.Name.size())) {
      SourceRange R(Local.Loc, Local.Loc.getAdvanced(Local.Name.size()));
      L::Hover H(Doc.getRange(R));
      H.contents.value = codeBlock(
          ("var " + Local.Name + ": " + Types.getName(Local.Ty)).str());
      return H;
    }
  // Any other expression: its type.
  if (const ResolutionIndex::ExprType *E = findExpr(Doc, Loc)) {
    L::Hover H(Doc.getRange(E->Range));
    H.contents.value = codeBlock(Types.getName(E->Ty));
    return H;
  }
  return std::nullopt;
}
