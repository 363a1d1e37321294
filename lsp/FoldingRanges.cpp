//===- FoldingRanges.cpp - textDocument/foldingRange: blocks and docstrings =//
#include "lsp/Features.h"

using namespace ignis;
using namespace ignis::lsp;
namespace json = llvm::json;

namespace {
class Folder {
public:
  explicit Folder(const DocumentText &Doc) : Doc(Doc) {}
  json::Array Out;

  void block(Block B) {
    for (const Stmt *S : B)
      stmt(S);
  }

private:
  void add(SourceRange R, llvm::StringRef Kind = "") {
    if (!Doc.isInDocument(R.Begin) || !Doc.isInDocument(R.End))
      return;
    int Start = Doc.getPosition(R.Begin).line;
    llvm::lsp::Position EndPos = Doc.getPosition(R.End);
    // A range ending at the start of a line ends on the line before.
    int End = EndPos.character == 0 ? EndPos.line - 1 : EndPos.line;
    if (End <= Start)
      return;
    json::Object F{{"startLine", Start}, {"endLine", End}};
    if (!Kind.empty())
      F["kind"] = Kind;
    Out.push_back(std::move(F));
  }

  void stmt(const Stmt *S) {
    if (!S)
      return;
    switch (S->getKind()) {
    case NodeKind::FuncDecl: {
      auto *F = llvm::cast<FuncDecl>(S);
      add(F->getRange());
      docstring(F->Body);
      block(F->Body);
      break;
    }
    case NodeKind::StructDecl: {
      auto *SD = llvm::cast<StructDecl>(S);
      add(SD->getRange());
      docstring(SD->Body);
      block(SD->Body);
      break;
    }
    case NodeKind::TraitDecl: {
      auto *TD = llvm::cast<TraitDecl>(S);
      add(TD->getRange());
      docstring(TD->Body);
      block(TD->Body);
      break;
    }
    case NodeKind::IfStmt: {
      auto *I = llvm::cast<IfStmt>(S);
      add(I->getRange());
      block(I->Then);
      block(I->Else);
      break;
    }
    case NodeKind::WhileStmt: {
      auto *W = llvm::cast<WhileStmt>(S);
      add(W->getRange());
      block(W->Body);
      block(W->Else);
      break;
    }
    case NodeKind::ForStmt: {
      auto *F = llvm::cast<ForStmt>(S);
      add(F->getRange());
      block(F->Body);
      block(F->Else);
      break;
    }
    case NodeKind::TryStmt: {
      auto *T = llvm::cast<TryStmt>(S);
      add(T->getRange());
      block(T->Body);
      for (const ExceptClause &H : T->Handlers)
        block(H.Body);
      block(T->Else);
      block(T->Finally);
      break;
    }
    case NodeKind::WithStmt: {
      auto *W = llvm::cast<WithStmt>(S);
      add(W->getRange());
      block(W->Body);
      break;
    }
    default:
      break;
    }
  }

  void docstring(Block B) {
    if (B.empty())
      return;
    if (auto *ES = llvm::dyn_cast_or_null<ExprStmt>(B.front()))
      if (ES->E && llvm::isa<StringLiteralExpr>(ES->E))
        add(ES->E->getRange(), "comment");
  }

  const DocumentText &Doc;
};
} // namespace

json::Value lsp::findFoldingRanges(const DocumentText &Doc,
                                    const ModuleDecl *M) {
  Folder F(Doc);
  if (M)
    F.block(M->Body);
  return json::Value(std::move(F.Out));
}
