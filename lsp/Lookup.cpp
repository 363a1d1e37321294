//===- Lookup.cpp - From a position to the symbol, type or member there ---===//
#include "lsp/Lookup.h"
#include "lsp/DeclText.h"

using namespace ignis;
using namespace ignis::lsp;

static bool contains(SourceRange R, SourceLoc Loc) {
  return R.Begin <= Loc && Loc <= R.End;
}
static uint32_t width(SourceRange R) { return R.End.getRaw() - R.Begin.getRaw(); }

const ResolutionIndex::Reference *lsp::findReference(const CheckedDocument &Doc,
                                                     SourceLoc Loc) {
  const ResolutionIndex::Reference *Best = nullptr;
  for (const auto &R : Doc.getIndex().References)
    if (contains(R.Use, Loc) && (!Best || width(R.Use) < width(Best->Use)))
      Best = &R;
  return Best;
}

const ResolutionIndex::ExprType *lsp::findExpr(const CheckedDocument &Doc,
                                               SourceLoc Loc) {
  const ResolutionIndex::ExprType *Best = nullptr;
  for (const auto &E : Doc.getIndex().Exprs)
    if (contains(E.Range, Loc) && !E.Ty->isError() &&
        (!Best || width(E.Range) < width(Best->Range)))
      Best = &E;
  return Best;
}

Type lsp::findTypeEndingAt(const CheckedDocument &Doc, SourceLoc End) {
  const ResolutionIndex::ExprType *Best = nullptr;
  for (const auto &E : Doc.getIndex().Exprs)
    if (E.Range.End == End && !E.Ty->isError() &&
        (!Best || width(E.Range) > width(Best->Range)))
      Best = &E;
  return Best ? Best->Ty : nullptr;
}

static bool isIdentChar(char C) {
  return (C >= 'a' && C <= 'z') || (C >= 'A' && C <= 'Z') ||
         (C >= '0' && C <= '9') || C == '_';
}

SourceRange lsp::getIdentifierAt(const CheckedDocument &Doc, SourceLoc Loc) {
  llvm::StringRef Text = Doc.getText();
  uint32_t Off = Doc.getSourceManager().getOffset(Loc);
  uint32_t B = Off, E = Off;
  while (B > 0 && isIdentChar(Text[B - 1]))
    --B;
  while (E < Text.size() && isIdentChar(Text[E]))
    ++E;
  const SourceManager &SM = Doc.getSourceManager();
  return SourceRange(SM.getLocForOffset(Doc.getBuffer(), B),
                     SM.getLocForOffset(Doc.getBuffer(), E));
}

Type lsp::findMemberBase(const CheckedDocument &Doc, SourceLoc Loc,
                         llvm::StringRef &Name, SourceRange &NameRange) {
  const SourceManager &SM = Doc.getSourceManager();
  llvm::StringRef Text = Doc.getText();
  NameRange = getIdentifierAt(Doc, Loc);
  Name = SM.getText(NameRange);
  uint32_t B = SM.getOffset(NameRange.Begin);
  // Spaces are allowed around the dot only on one line.
  uint32_t Dot = B;
  while (Dot > 0 && Text[Dot - 1] == ' ')
    --Dot;
  if (Dot == 0 || Text[Dot - 1] != '.')
    return nullptr;
  uint32_t BaseEnd = Dot - 1;
  while (BaseEnd > 0 && Text[BaseEnd - 1] == ' ')
    --BaseEnd;
  SourceLoc End = SM.getLocForOffset(Doc.getBuffer(), BaseEnd);
  if (Type T = findTypeEndingAt(Doc, End))
    return T;
  // The statement did not check (the code being typed): a local of that
  // name declared before the cursor, the nearest one first.
  SourceRange BaseName = getIdentifierAt(Doc, End);
  llvm::StringRef Base = SM.getText(BaseName);
  if (Base.empty() || BaseName.End != End)
    return nullptr;
  const ResolutionIndex::LocalDecl *Best = nullptr;
  for (const auto &L : Doc.getIndex().Locals)
    if (L.Name == Base && Doc.isInDocument(L.Loc) && L.Loc < Loc &&
        (!Best || Best->Loc < L.Loc))
      Best = &L;
  return Best ? Best->Ty : nullptr;
}

const Decl *lsp::findMemberDecl(Type T, llvm::StringRef Name) {
  auto *ST = llvm::dyn_cast_or_null<StructType>(T);
  if (!ST || !ST->Decl || Name.empty())
    return nullptr;
  for (const Stmt *S : ST->Decl->Body) {
    if (auto *V = llvm::dyn_cast<VarDecl>(S)) {
      if (getFieldName(V) == Name)
        return V;
    } else if (auto *D = llvm::dyn_cast<Decl>(S)) {
      if (D->Name.Name == Name)
        return D;
    }
  }
  return nullptr;
}
