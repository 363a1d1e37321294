//===- DocumentSymbols.cpp - textDocument/documentSymbol ------------------===//
#include "lsp/DeclText.h"
#include "lsp/Features.h"

using namespace ignis;
using namespace ignis::lsp;
namespace L = llvm::lsp;

static std::optional<L::DocumentSymbol>
symbolFor(const DocumentText &Doc, const Stmt *S, bool InStruct) {
  auto *D = llvm::dyn_cast<Decl>(S);
  if (!D || !Doc.isInDocument(D->getStartLoc()))
    return std::nullopt;
  const SourceManager &SM = Doc.getSourceManager();
  llvm::StringRef Name = D->Name.Name;
  L::SymbolKind Kind;
  switch (D->getKind()) {
  case NodeKind::FuncDecl:
    Kind = !InStruct                ? L::SymbolKind::Function
           : Name == "__init__"     ? L::SymbolKind::Constructor
                                    : L::SymbolKind::Method;
    break;
  case NodeKind::StructDecl:
    Kind = L::SymbolKind::Struct;
    break;
  case NodeKind::TraitDecl:
    Kind = L::SymbolKind::Interface;
    break;
  case NodeKind::ComptimeDecl:
    Kind = L::SymbolKind::Constant;
    break;
  case NodeKind::VarDecl:
    Kind = InStruct ? L::SymbolKind::Field : L::SymbolKind::Variable;
    Name = getFieldName(llvm::cast<VarDecl>(D));
    break;
  default:
    return std::nullopt;
  }
  if (Name.empty())
    return std::nullopt;
  SourceRange Sel = getNameRange(D);
  SourceRange Whole = D->getRange();
  if (!Doc.isInDocument(Whole.End) || Whole.End < Sel.End)
    Whole.End = Sel.End;
  if (Sel.Begin < Whole.Begin)
    Whole.Begin = Sel.Begin;
  L::DocumentSymbol Sym(Name, Kind, Doc.getRange(Whole), Doc.getRange(Sel));
  if (!llvm::isa<StructDecl>(D) && !llvm::isa<TraitDecl>(D))
    Sym.detail = getDeclHeader(D, SM);
  Block Body;
  if (auto *SD = llvm::dyn_cast<StructDecl>(D))
    Body = SD->Body;
  else if (auto *TD = llvm::dyn_cast<TraitDecl>(D))
    Body = TD->Body;
  for (const Stmt *Member : Body)
    if (auto Child = symbolFor(Doc, Member, /*InStruct=*/true))
      Sym.children.push_back(std::move(*Child));
  return Sym;
}

std::vector<L::DocumentSymbol>
lsp::findDocumentSymbols(const DocumentText &Doc, const ModuleDecl *M) {
  std::vector<L::DocumentSymbol> Out;
  if (M)
    for (const Stmt *S : M->Body)
      if (auto Sym = symbolFor(Doc, S, /*InStruct=*/false))
        Out.push_back(std::move(*Sym));
  return Out;
}
