//===- DocExtract.cpp - Signatures and docstrings from the syntax tree ----===//
//
// Documentation is read from the parsed (unchecked) tree: names, parameter
// lists and types are printed from their source text with whitespace
// normalised, and docstrings are split by Docstring.cpp. An alias's or a
// field's docstring is the string statement right after it.
//
//===----------------------------------------------------------------------===//
#include "tools/doc/DocExtract.h"
#include "tools/doc/Docstring.h"

#include "frontend/AST.h"
#include "frontend/Diagnostics.h"
#include "frontend/Parser.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include <algorithm>

using namespace ignis;
using namespace ignis::doc;

namespace {
/// Source text on one line: whitespace runs become one space, none after an
/// opening or before a closing bracket, no trailing comma; string literals
/// are copied as they are.
std::string normalise(llvm::StringRef Text) {
  std::string Out;
  bool PendingSpace = false;
  for (size_t I = 0; I < Text.size(); ++I) {
    char C = Text[I];
    if (C == '"' || C == '\'') {
      size_t Q = Text.substr(I, 3) == std::string(3, C) ? 3 : 1;
      size_t J = I + Q;
      while (J < Text.size() && Text.substr(J, Q) != std::string(Q, C))
        J += Text[J] == '\\' ? 2 : 1;
      J = std::min(J + Q, Text.size());
      if (PendingSpace && !Out.empty())
        Out += ' ';
      PendingSpace = false;
      Out += Text.slice(I, J).str();
      I = J - 1;
      continue;
    }
    if (C == '#') { // a comment inside a multi-line header
      while (I < Text.size() && Text[I] != '\n')
        ++I;
      PendingSpace = true;
      continue;
    }
    if (C == ' ' || C == '\t' || C == '\n' || C == '\r' || C == '\\') {
      PendingSpace = true;
      continue;
    }
    if (C == ')' || C == ']' || C == '}') {
      while (!Out.empty() && (Out.back() == ' ' || Out.back() == ','))
        Out.pop_back();
    } else if (PendingSpace && !Out.empty() && Out.back() != '(' &&
               Out.back() != '[' && Out.back() != '{') {
      Out += ' ';
    }
    PendingSpace = false;
    Out += C;
  }
  return Out;
}

class Extractor {
public:
  Extractor(const SourceManager &SM) : SM(SM) {}
  void documentModule(const ModuleDecl *M, DocModule &Out);

private:
  std::string text(const Node *N) const {
    return N ? normalise(SM.getText(N->getRange())) : std::string();
  }
  std::string text(SourceRange R) const { return normalise(SM.getText(R)); }
  static const StringLiteralExpr *asDocstring(const Stmt *S) {
    if (auto *E = llvm::dyn_cast_or_null<ExprStmt>(S))
      return llvm::dyn_cast<StringLiteralExpr>(E->E);
    return nullptr;
  }
  static Docstring docOf(Block Body) {
    const StringLiteralExpr *S = Body.empty() ? nullptr : asDocstring(Body[0]);
    return parseDocstring(S ? S->Value : "");
  }
  static llvm::StringRef decoratorName(const Decorator &D) {
    const Expr *E = D.E;
    if (auto *C = llvm::dyn_cast_or_null<CallExpr>(E))
      E = C->Callee;
    if (auto *N = llvm::dyn_cast_or_null<NameExpr>(E))
      return N->Name;
    return {};
  }
  static const Decorator *findDecorator(const Decl *D, llvm::StringRef Name) {
    for (const Decorator &Dec : D->Decorators)
      if (decoratorName(Dec) == Name)
        return &Dec;
    return nullptr;
  }
  /// `@deprecated("why")`: the message.
  static std::string deprecation(const Decl *D) {
    const Decorator *Dec = findDecorator(D, "deprecated");
    if (!Dec)
      return {};
    if (auto *C = llvm::dyn_cast<CallExpr>(Dec->E))
      for (const Argument &A : C->Args)
        if (auto *S = llvm::dyn_cast<StringLiteralExpr>(A.Value))
          return S->Value.str();
    return "deprecated";
  }
  static bool isVisible(const Decl *D) {
    llvm::StringRef N = D->Name.Name;
    if (findDecorator(D, "doc_private"))
      return false;
    return !N.starts_with("_") || (N.starts_with("__") && N.ends_with("__"));
  }

  std::string renderParam(const ParamDecl &P, bool IsArg) const;
  std::string renderList(const ParamList &L, bool IsArg) const;
  void
  describeParams(const ParamList &L, bool IsArg,
                 const std::vector<std::pair<std::string, std::string>> &Docs,
                 std::vector<DocParam> &Out) const;
  DocFunction documentFunction(const FuncDecl *F) const;
  void addFunction(const FuncDecl *F, std::vector<DocOverloadSet> &Sets) const;
  DocAlias documentAlias(const ComptimeDecl *C, const Stmt *Next) const;
  bool documentField(const VarDecl *V, const Stmt *Next, DocField &Out) const;
  DocStruct documentStruct(const StructDecl *S) const;
  DocTrait documentTrait(const TraitDecl *T) const;

  const SourceManager &SM;
};
} // namespace

std::string Extractor::renderParam(const ParamDecl &P, bool IsArg) const {
  std::string S;
  if (IsArg && P.Convention != ArgConvention::Default) {
    S += getSpelling(P.Convention).str();
    if (!P.Origins.empty()) {
      S += " [";
      for (size_t I = 0; I < P.Origins.size(); ++I)
        S += (I ? ", " : "") + text(P.Origins[I]);
      S += "]";
    }
    S += ' ';
  }
  if (P.TheForm == ParamDecl::Form::Variadic)
    S += '*';
  else if (P.TheForm == ParamDecl::Form::KwVariadic)
    S += "**";
  S += P.Name.Name.str();
  if (P.Type)
    S += (P.Name.isValid() ? ": " : "") + text(P.Type);
  if (P.Default)
    S += " = " + text(P.Default);
  return S;
}

std::string Extractor::renderList(const ParamList &L, bool IsArg) const {
  std::vector<std::string> Items;
  size_t N = L.Params.size();
  for (size_t I = 0; I <= N; ++I) {
    if (L.InferOnlyEnd >= 0 && size_t(L.InferOnlyEnd) == I)
      Items.push_back("//");
    if (L.PositionalOnlyEnd >= 0 && size_t(L.PositionalOnlyEnd) == I)
      Items.push_back("/");
    if (L.KeywordOnlyStart >= 0 && size_t(L.KeywordOnlyStart) == I && I < N &&
        (I == 0 || L.Params[I - 1].TheForm != ParamDecl::Form::Variadic))
      Items.push_back("*");
    if (I < N)
      Items.push_back(renderParam(L.Params[I], IsArg));
  }
  std::string S;
  for (size_t I = 0; I < Items.size(); ++I)
    S += (I ? ", " : "") + Items[I];
  return S;
}

void Extractor::describeParams(
    const ParamList &L, bool IsArg,
    const std::vector<std::pair<std::string, std::string>> &Docs,
    std::vector<DocParam> &Out) const {
  for (size_t I = 0; I < L.Params.size(); ++I) {
    const ParamDecl &P = L.Params[I];
    DocParam D;
    D.Name = P.Name.Name.str();
    if (P.TheForm == ParamDecl::Form::Variadic)
      D.Name = "*" + D.Name;
    else if (P.TheForm == ParamDecl::Form::KwVariadic)
      D.Name = "**" + D.Name;
    D.Type = text(P.Type);
    if (IsArg)
      D.Convention = P.Convention == ArgConvention::Default
                         ? "read"
                         : getSpelling(P.Convention).str();
    if (L.PositionalOnlyEnd >= 0 && I < size_t(L.PositionalOnlyEnd))
      D.PassingKind = "pos";
    else if (P.TheForm == ParamDecl::Form::KwVariadic ||
             (L.KeywordOnlyStart >= 0 && I >= size_t(L.KeywordOnlyStart)))
      D.PassingKind = "kw";
    else
      D.PassingKind = "pos_or_kw";
    D.Default = text(P.Default);
    D.Description = Docstring::lookup(Docs, P.Name.Name);
    Out.push_back(std::move(D));
  }
}

DocFunction Extractor::documentFunction(const FuncDecl *F) const {
  DocFunction D;
  Docstring Doc = docOf(F->Body);
  D.Name = F->Name.Name.str();
  D.Summary = Doc.Summary;
  D.Description = Doc.Description;
  describeParams(F->Args, true, Doc.Args, D.Args);
  if (F->Params.Present)
    describeParams(F->Params, false, Doc.Parameters, D.Parameters);
  D.Signature = D.Name;
  if (F->Params.Present)
    D.Signature += "[" + renderList(F->Params, false) + "]";
  D.Signature += "(" + renderList(F->Args, true) + ")";
  D.ReturnType = text(F->Result);
  if (F->Result)
    D.Signature += " -> " + D.ReturnType;
  D.ReturnsDoc = Doc.Returns;
  D.Raises = F->Effects.Raises;
  D.RaisesDoc = Doc.Raises;
  D.IsDef = !F->IsFn;
  D.IsStatic = findDecorator(F, "staticmethod") != nullptr;
  D.Async = F->IsAsync;
  D.Constraints = Doc.Constraints;
  D.Deprecated = deprecation(F);
  return D;
}

void Extractor::addFunction(const FuncDecl *F,
                            std::vector<DocOverloadSet> &Sets) const {
  if (!isVisible(F))
    return;
  for (DocOverloadSet &Set : Sets)
    if (Set.Name == F->Name.Name) {
      Set.Overloads.push_back(documentFunction(F));
      return;
    }
  Sets.push_back({F->Name.Name.str(), {documentFunction(F)}});
}

DocAlias Extractor::documentAlias(const ComptimeDecl *C,
                                  const Stmt *Next) const {
  DocAlias A;
  A.Name = C->Name.Name.str();
  A.Value = text(C->Value);
  if (const StringLiteralExpr *S = asDocstring(Next)) {
    Docstring Doc = parseDocstring(S->Value);
    A.Summary = Doc.Summary;
    A.Description = Doc.Description;
  }
  A.Deprecated = deprecation(C);
  return A;
}

bool Extractor::documentField(const VarDecl *V, const Stmt *Next,
                              DocField &Out) const {
  auto *Name = llvm::dyn_cast_or_null<NameExpr>(V->Target);
  if (!Name || (Name->Name.starts_with("_")))
    return false;
  Out.Name = Name->Name.str();
  Out.Type = text(V->Type);
  if (const StringLiteralExpr *S = asDocstring(Next)) {
    Docstring Doc = parseDocstring(S->Value);
    Out.Summary = Doc.Summary;
    Out.Description = Doc.Description;
  }
  return true;
}

DocStruct Extractor::documentStruct(const StructDecl *S) const {
  DocStruct D;
  Docstring Doc = docOf(S->Body);
  D.Name = S->Name.Name.str();
  D.Summary = Doc.Summary;
  D.Description = Doc.Description;
  D.Constraints = Doc.Constraints;
  if (S->Params.Present)
    describeParams(S->Params, false, Doc.Parameters, D.Parameters);
  D.Signature = "struct " + D.Name;
  if (S->Params.Present)
    D.Signature += "[" + renderList(S->Params, false) + "]";
  for (const TraitRef &T : S->Traits)
    D.ParentTraits.push_back(text(T.Type));
  if (const Decorator *RP = findDecorator(S, "register_passable")) {
    D.Convention = "register_passable";
    if (auto *C = llvm::dyn_cast<CallExpr>(RP->E))
      if (!C->Args.empty())
        if (auto *Lit = llvm::dyn_cast<StringLiteralExpr>(C->Args[0].Value))
          D.Convention += "_" + Lit->Value.str();
  }
  D.Deprecated = deprecation(S);
  for (size_t I = 0; I < S->Body.size(); ++I) {
    const Stmt *St = S->Body[I];
    const Stmt *Next = I + 1 < S->Body.size() ? S->Body[I + 1] : nullptr;
    if (auto *F = llvm::dyn_cast<FuncDecl>(St)) {
      addFunction(F, D.Functions);
    } else if (auto *C = llvm::dyn_cast<ComptimeDecl>(St)) {
      if (isVisible(C))
        D.Aliases.push_back(documentAlias(C, Next));
    } else if (auto *V = llvm::dyn_cast<VarDecl>(St)) {
      DocField Field;
      if (documentField(V, Next, Field))
        D.Fields.push_back(std::move(Field));
    }
  }
  return D;
}

DocTrait Extractor::documentTrait(const TraitDecl *T) const {
  DocTrait D;
  Docstring Doc = docOf(T->Body);
  D.Name = T->Name.Name.str();
  D.Summary = Doc.Summary;
  D.Description = Doc.Description;
  for (const TraitRef &P : T->Parents)
    D.ParentTraits.push_back(text(P.Type));
  D.Deprecated = deprecation(T);
  for (size_t I = 0; I < T->Body.size(); ++I) {
    const Stmt *St = T->Body[I];
    const Stmt *Next = I + 1 < T->Body.size() ? T->Body[I + 1] : nullptr;
    if (auto *F = llvm::dyn_cast<FuncDecl>(St)) {
      addFunction(F, D.Functions);
    } else if (auto *V = llvm::dyn_cast<VarDecl>(St)) {
      DocField Field;
      if (documentField(V, Next, Field))
        D.Fields.push_back(std::move(Field));
    }
  }
  return D;
}

void Extractor::documentModule(const ModuleDecl *M, DocModule &Out) {
  Docstring Doc = docOf(M->Body);
  Out.Summary = Doc.Summary;
  Out.Description = Doc.Description;
  for (size_t I = 0; I < M->Body.size(); ++I) {
    const Stmt *St = M->Body[I];
    const Stmt *Next = I + 1 < M->Body.size() ? M->Body[I + 1] : nullptr;
    if (auto *F = llvm::dyn_cast<FuncDecl>(St)) {
      addFunction(F, Out.Functions);
    } else if (auto *S = llvm::dyn_cast<StructDecl>(St)) {
      if (isVisible(S))
        Out.Structs.push_back(documentStruct(S));
    } else if (auto *T = llvm::dyn_cast<TraitDecl>(St)) {
      if (isVisible(T))
        Out.Traits.push_back(documentTrait(T));
    } else if (auto *C = llvm::dyn_cast<ComptimeDecl>(St)) {
      if (isVisible(C))
        Out.Aliases.push_back(documentAlias(C, Next));
    }
  }
}

static bool documentFile(llvm::StringRef Path, SourceManager &SM,
                         DiagnosticEngine &Diags, DocModule &Out) {
  Out.Name = llvm::sys::path::stem(Path).str();
  std::string Error;
  std::optional<unsigned> Id = SM.addFile(Path, Error);
  if (!Id) {
    Diags.report(SourceLoc(), DiagID::err_cannot_open_file) << Path << Error;
    return false;
  }
  unsigned Before = Diags.getNumErrors();
  ASTContext Ctx;
  ModuleDecl *M = parseBuffer(Ctx, SM, *Id, Diags);
  Diags.flush();
  if (Diags.getNumErrors() != Before)
    return false;
  Extractor(SM).documentModule(M, Out);
  return true;
}

static bool isMojoFile(llvm::StringRef Path) {
  return Path.ends_with(".mojo") || Path.ends_with("\xF0\x9F\x94\xA5");
}

static bool documentPackage(llvm::StringRef Dir, SourceManager &SM,
                            DiagnosticEngine &Diags, DocPackage &Out) {
  Out.Name = llvm::sys::path::filename(Dir).str();
  std::vector<std::string> Files, Dirs;
  std::error_code EC;
  for (llvm::sys::fs::directory_iterator It(Dir, EC), End; It != End && !EC;
       It.increment(EC)) {
    std::string P = It->path();
    if (llvm::sys::fs::is_directory(P))
      Dirs.push_back(P);
    else if (isMojoFile(P))
      Files.push_back(P);
  }
  std::sort(Files.begin(), Files.end());
  std::sort(Dirs.begin(), Dirs.end());
  bool OK = true;
  for (const std::string &F : Files) {
    DocModule M;
    if (!documentFile(F, SM, Diags, M)) {
      OK = false; // reported; the module is left out
      continue;
    }
    if (M.Name == "__init__") {
      Out.Summary = M.Summary;
      Out.Description = M.Description;
    } else {
      Out.Modules.push_back(std::move(M));
    }
  }
  for (const std::string &D : Dirs) {
    llvm::SmallString<128> Init(D);
    llvm::sys::path::append(Init, "__init__.mojo");
    DocPackage Sub;
    OK &= documentPackage(D, SM, Diags, Sub);
    // A folder without __init__.mojo counts when it holds modules.
    if (llvm::sys::fs::exists(Init) || !Sub.Modules.empty() ||
        !Sub.Packages.empty())
      Out.Packages.push_back(std::move(Sub));
  }
  return OK;
}

bool doc::buildDocTree(llvm::StringRef Path, SourceManager &SM,
                       DiagnosticEngine &Diags, DocTree &Out) {
  llvm::SmallString<128> Clean(Path);
  llvm::sys::path::remove_dots(Clean, true);
  while (Clean.size() > 1 && llvm::sys::path::is_separator(Clean.back()))
    Clean.pop_back();
  if (llvm::sys::fs::is_directory(Clean)) {
    Out.IsPackage = true;
    return documentPackage(Clean, SM, Diags, Out.Package);
  }
  return documentFile(Clean, SM, Diags, Out.Module);
}
