//===- Completion.cpp - textDocument/completion: names and members --------===//
#include "lsp/DeclText.h"
#include "lsp/Features.h"
#include "lsp/Lookup.h"
#include "llvm/ADT/StringSet.h"
#include <algorithm>

using namespace ignis;
using namespace ignis::lsp;
namespace L = llvm::lsp;

static bool isDunder(llvm::StringRef Name) {
  return Name.size() > 4 && Name.starts_with("__") && Name.ends_with("__");
}

/// The members of struct type T: fields, methods (one item per overload,
/// with its signature) and comptime members.
static void addMembers(const CheckedDocument &Doc, Type T,
                       llvm::StringRef Prefix, L::CompletionList &Out) {
  auto *ST = llvm::dyn_cast<StructType>(T);
  if (!ST || !ST->Decl)
    return;
  const SourceManager &SM = Doc.getSourceManager();
  for (const Stmt *S : ST->Decl->Body) {
    L::CompletionItem Item;
    if (auto *V = llvm::dyn_cast<VarDecl>(S)) {
      Item.label = getFieldName(V).str();
      Item.kind = L::CompletionItemKind::Field;
    } else if (auto *F = llvm::dyn_cast<FuncDecl>(S)) {
      Item.label = F->Name.Name.str();
      Item.kind = L::CompletionItemKind::Method;
    } else if (auto *C = llvm::dyn_cast<ComptimeDecl>(S)) {
      Item.label = C->Name.Name.str();
      Item.kind = L::CompletionItemKind::Constant;
    } else {
      continue;
    }
    if (Item.label.empty() || isDunder(Item.label) ||
        !llvm::StringRef(Item.label).starts_with(Prefix))
      continue;
    Item.detail = getDeclHeader(llvm::cast<Decl>(S), SM);
    Item.insertTextFormat = L::InsertTextFormat::PlainText;
    Out.items.push_back(std::move(Item));
  }
}

static L::CompletionItemKind kindOf(ResolutionIndex::Reference::Kind K) {
  using RK = ResolutionIndex::Reference::Kind;
  switch (K) {
  case RK::Local:
    return L::CompletionItemKind::Variable;
  case RK::Function:
    return L::CompletionItemKind::Function;
  case RK::Struct:
    return L::CompletionItemKind::Struct;
  case RK::Trait:
    return L::CompletionItemKind::Interface;
  case RK::Comptime:
  case RK::Value:
    return L::CompletionItemKind::Constant;
  case RK::Module:
    return L::CompletionItemKind::Module;
  }
  return L::CompletionItemKind::Text;
}

/// The function (or method) of the main file whose text contains Loc.
static const FuncDecl *enclosingFunction(const CheckedDocument &Doc,
                                         SourceLoc Loc) {
  const ModuleDecl *M = Doc.getModule();
  if (!M)
    return nullptr;
  auto Contains = [&](const Node *N) {
    return N->getStartLoc() <= Loc && Loc <= N->getEndLoc();
  };
  for (const Stmt *S : M->Body) {
    if (auto *F = llvm::dyn_cast<FuncDecl>(S); F && Contains(F))
      return F;
    if (auto *SD = llvm::dyn_cast<StructDecl>(S); SD && Contains(SD))
      for (const Stmt *MS : SD->Body)
        if (auto *F = llvm::dyn_cast<FuncDecl>(MS); F && Contains(F))
          return F;
  }
  return nullptr;
}

L::CompletionList lsp::findCompletions(const CheckedDocument &Doc,
                                       const L::Position &Pos) {
  L::CompletionList Out;
  SourceLoc Loc = Doc.getLoc(Pos);
  if (!Loc.isValid())
    return Out;
  const SourceManager &SM = Doc.getSourceManager();
  SourceRange Word = getIdentifierAt(Doc, Loc);
  // Only what was typed before the cursor filters.
  llvm::StringRef Prefix = SM.getText(SourceRange(Word.Begin, Loc));

  llvm::StringRef Member;
  SourceRange MemberRange;
  Type Base = findMemberBase(Doc, Loc, Member, MemberRange);
  if (Base) {
    addMembers(Doc, Base, Prefix, Out);
  } else {
    // A `.` not after a known value: nothing to offer.
    uint32_t B = SM.getOffset(Word.Begin);
    llvm::StringRef Text = Doc.getText();
    while (B > 0 && Text[B - 1] == ' ')
      --B;
    if (B > 0 && Text[B - 1] == '.')
      return Out;
    llvm::StringSet<> Seen;
    if (const FuncDecl *F = enclosingFunction(Doc, Loc)) {
      // Locals declared before the cursor (the latest of each name).
      const ResolutionIndex::LocalDecl *Chosen = nullptr;
      std::vector<const ResolutionIndex::LocalDecl *> Locals;
      for (const auto &Local : Doc.getIndex().Locals)
        if (Doc.isInDocument(Local.Loc) && F->getStartLoc() <= Local.Loc &&
            Local.Loc < Word.Begin && Local.Name.starts_with(Prefix))
          Locals.push_back(&Local);
      std::sort(Locals.begin(), Locals.end(),
                [](auto *A, auto *B) { return B->Loc < A->Loc; });
      for (const auto *Local : Locals) {
        Chosen = Local;
        if (!Seen.insert(Chosen->Name).second || Chosen->Name.contains('#'))
          continue;
        L::CompletionItem Item(Chosen->Name, L::CompletionItemKind::Variable);
        Item.detail = Doc.getTypes().getName(Chosen->Ty);
        Out.items.push_back(std::move(Item));
      }
    }
    for (const auto &G : Doc.getIndex().Globals) {
      if (!G.Name.starts_with(Prefix) || !Seen.insert(G.Name).second)
        continue;
      L::CompletionItem Item(G.Name, kindOf(G.K));
      if (G.D)
        Item.detail = getDeclHeader(G.D, SM);
      Out.items.push_back(std::move(Item));
    }
  }
  std::stable_sort(Out.items.begin(), Out.items.end(),
                   [](const L::CompletionItem &A, const L::CompletionItem &B) {
                     return A.label < B.label;
                   });
  return Out;
}
