//===- SemanticTokens.cpp - textDocument/semanticTokens/full --------------===//
//
// What sema resolved each name to, as LSP semantic tokens: declarations of
// the file and every recorded use (locals, functions, structs, traits,
// comptime values, modules). Token types are listed once, in the legend.
//
//===----------------------------------------------------------------------===//
#include "lsp/DeclText.h"
#include "lsp/Features.h"
#include <algorithm>

using namespace ignis;
using namespace ignis::lsp;
namespace json = llvm::json;

namespace {
enum TokenType : unsigned {
  TokVariable, TokFunction, TokMethod, TokStruct, TokInterface, TokProperty,
  TokNamespace, TokConstant, NumTokenTypes
};
const char *const TokenTypeNames[] = {"variable", "function", "method",
                                      "struct",   "interface", "property",
                                      "namespace", "enumMember"};
constexpr unsigned ModDeclaration = 1; // bit 0 of the legend's modifiers

struct Token {
  SourceLoc Loc;
  unsigned Length;
  unsigned Type;
  unsigned Mods;
};
} // namespace

json::Value lsp::getSemanticTokensLegend() {
  json::Array Types;
  for (const char *N : TokenTypeNames)
    Types.push_back(N);
  return json::Object{{"tokenTypes", std::move(Types)},
                      {"tokenModifiers", json::Array{"declaration"}}};
}

static void addDecls(const CheckedDocument &Doc, Block B, bool InStruct,
                     std::vector<Token> &Out) {
  for (const Stmt *S : B) {
    auto *D = llvm::dyn_cast<Decl>(S);
    if (!D || !Doc.isInDocument(D->getStartLoc()))
      continue;
    unsigned Type;
    Block Body;
    switch (D->getKind()) {
    case NodeKind::FuncDecl:
      Type = InStruct ? TokMethod : TokFunction;
      break;
    case NodeKind::StructDecl:
      Type = TokStruct;
      Body = llvm::cast<StructDecl>(D)->Body;
      break;
    case NodeKind::TraitDecl:
      Type = TokInterface;
      Body = llvm::cast<TraitDecl>(D)->Body;
      break;
    case NodeKind::ComptimeDecl:
      Type = TokConstant;
      break;
    case NodeKind::VarDecl:
      Type = InStruct ? TokProperty : TokVariable;
      break;
    default:
      continue;
    }
    SourceRange R = getNameRange(D);
    if (Doc.isInDocument(R.Begin) && R.Begin < R.End)
      Out.push_back({R.Begin, R.End.getRaw() - R.Begin.getRaw(), Type,
                     ModDeclaration});
    addDecls(Doc, Body, /*InStruct=*/true, Out);
  }
}

std::vector<int> lsp::encodeSemanticTokens(const CheckedDocument &Doc) {
  std::vector<Token> Tokens;
  if (const ModuleDecl *M = Doc.getModule())
    addDecls(Doc, M->Body, /*InStruct=*/false, Tokens);
  using RK = ResolutionIndex::Reference::Kind;
  for (const auto &R : Doc.getIndex().References) {
    if (!Doc.isInDocument(R.Use.Begin) || !(R.Use.Begin < R.Use.End))
      continue;
    unsigned Type = TokVariable;
    switch (R.K) {
    case RK::Local:
      Type = TokVariable;
      break;
    case RK::Function:
      Type = TokFunction;
      break;
    case RK::Struct:
      Type = TokStruct;
      break;
    case RK::Trait:
      Type = TokInterface;
      break;
    case RK::Comptime:
    case RK::Value:
      Type = TokConstant;
      break;
    case RK::Module:
      Type = TokNamespace;
      break;
    }
    Tokens.push_back(
        {R.Use.Begin, R.Use.End.getRaw() - R.Use.Begin.getRaw(), Type, 0});
  }
  for (const auto &L : Doc.getIndex().Locals)
    if (Doc.isInDocument(L.Loc))
      Tokens.push_back({L.Loc, unsigned(L.Name.size()), TokVariable,
                        ModDeclaration});
  std::stable_sort(Tokens.begin(), Tokens.end(),
                   [](const Token &A, const Token &B) { return A.Loc < B.Loc; });
  // Relative encoding; a token overlapping the previous one is dropped.
  std::vector<int> Data;
  Data.reserve(Tokens.size() * 5);
  int PrevLine = 0, PrevChar = 0;
  SourceLoc PrevEnd;
  for (const Token &T : Tokens) {
    if (PrevEnd.isValid() && T.Loc < PrevEnd)
      continue;
    llvm::lsp::Position P = Doc.getPosition(T.Loc);
    llvm::lsp::Position E = Doc.getPosition(T.Loc.getAdvanced(T.Length));
    if (E.line != P.line)
      continue;
    Data.push_back(P.line - PrevLine);
    Data.push_back(P.line == PrevLine ? P.character - PrevChar : P.character);
    Data.push_back(E.character - P.character);
    Data.push_back(T.Type);
    Data.push_back(T.Mods);
    PrevLine = P.line;
    PrevChar = P.character;
    PrevEnd = T.Loc.getAdvanced(T.Length);
  }
  return Data;
}

json::Value lsp::findSemanticTokens(const CheckedDocument &Doc) {
  json::Array Data;
  for (int V : encodeSemanticTokens(Doc))
    Data.push_back(V);
  return json::Object{{"data", std::move(Data)}};
}
