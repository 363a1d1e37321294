//===- SemaComprehensions.cpp - List, dict and set comprehensions ---------===//
//
// `[e for x in xs if c]` is checked as the loop it stands for:
//   for x in xs:            (one `for` per clause, one `if` per condition)
//       if c:
//           $comprehension_add(e)
// The result collection's type comes from the element's type, known only
// when the innermost statement is checked, so the loop is checked first and
// the result is created before it in the pending statements. The loop
// variables are the loop's own (they do not leak, as in Python 3).
//
//===----------------------------------------------------------------------===//
#include "sema/SemaImpl.h"

using namespace ignis;
using namespace ignis::sema;

static constexpr llvm::StringLiteral AddName = "$comprehension_add";

cir::Expr *Sema::checkComprehension(const ComprehensionExpr *C) {
  SourceRange R = C->getRange();
  if (!FS) {
    Diags.report(R, DiagID::err_unsupported)
        << "a comprehension outside a function";
    return errorExpr(R);
  }
  llvm::SmallVector<Argument, 2> AddArgs(1);
  AddArgs[0].Value = C->Element;
  AddArgs[0].Range = C->Element->getRange();
  if (C->Value) {
    AddArgs.emplace_back();
    AddArgs[1].Value = C->Value;
    AddArgs[1].Range = C->Value->getRange();
  }
  auto *Callee = AST.create<NameExpr>(R, AddName, false);
  Stmt *Inner = AST.create<ExprStmt>(
      R, AST.create<CallExpr>(R, Callee, AST.copy(llvm::ArrayRef(AddArgs))));
  for (size_t I = C->Clauses.size(); I-- > 0;) {
    const ComprehensionClause &Cl = C->Clauses[I];
    for (size_t J = Cl.Conditions.size(); J-- > 0;) {
      auto *If = AST.create<IfStmt>(Cl.Conditions[J]->getRange());
      If->Cond = Cl.Conditions[J];
      If->Then = AST.copy(llvm::ArrayRef<Stmt *>(Inner));
      Inner = If;
    }
    auto *For = AST.create<ForStmt>(R);
    For->Target = Cl.Target;
    For->Iter = Cl.Iter;
    For->Body = AST.copy(llvm::ArrayRef<Stmt *>(Inner));
    Inner = For;
  }

  // The loop variables are new: hide same-named locals while checking.
  llvm::SmallVector<llvm::StringRef, 4> Names;
  std::function<void(const Expr *)> Collect = [&](const Expr *T) {
    if (auto *N = llvm::dyn_cast<NameExpr>(T))
      Names.push_back(N->Name);
    else if (auto *Tup = llvm::dyn_cast<TupleExpr>(T))
      for (const Expr *E : Tup->Elements)
        Collect(E);
  };
  for (const ComprehensionClause &Cl : C->Clauses)
    Collect(Cl.Target);
  struct Hidden {
    size_t Scope;
    llvm::StringRef Name;
    cir::Local *L;
  };
  llvm::SmallVector<Hidden, 4> HiddenLocals;
  for (size_t I = 0; I < FS->Scopes.size(); ++I)
    for (llvm::StringRef N : Names)
      if (auto It = FS->Scopes[I].find(N); It != FS->Scopes[I].end()) {
        HiddenLocals.push_back({I, N, It->second});
        FS->Scopes[I].erase(It);
      }

  cir::StmtList Saved;
  Saved.swap(FS->Pending);
  FS->Comprehensions.push_back({C, nullptr});
  cir::StmtList Loop;
  FS->Scopes.emplace_back();
  checkStmt(Inner, Loop);
  FS->Scopes.pop_back();
  for (const Hidden &H : HiddenLocals)
    FS->Scopes[H.Scope][H.Name] = H.L;
  cir::Local *Result = FS->Comprehensions.pop_back_val().Result;
  FS->Pending.swap(Saved);
  if (!Result)
    return errorExpr(R);
  CallArgs NoArgs;
  NoArgs.CallRange = R;
  cir::Expr *Empty = constructStruct(Result->Ty, NoArgs, R);
  if (Empty->Ty->isError())
    return Empty;
  cir::Stmt *Init = makeStmt(cir::StmtKind::Assign, R);
  Init->Target = makeLocalRef(Result, R);
  Init->Value = Empty;
  FS->Pending.push_back(Init);
  FS->Pending.insert(FS->Pending.end(), Loop.begin(), Loop.end());
  return consumeValue(makeLocalRef(Result, R), R, /*AllowMove=*/true);
}

bool Sema::isComprehensionAdd(const CallExpr *CE) const {
  auto *N = llvm::dyn_cast<NameExpr>(CE->Callee);
  return N && N->Name == AddName && FS && !FS->Comprehensions.empty();
}

cir::Expr *Sema::checkComprehensionAdd(const CallExpr *CE) {
  SourceRange R = CE->getRange();
  FunctionState::Comprehension &Comp = FS->Comprehensions.back();
  using Form = ComprehensionExpr::Form;
  Form F = Comp.Expr->TheForm;
  CallArgs Args;
  Args.CallRange = R;
  for (const Argument &A : CE->Args) {
    cir::Expr *V = materialize(checkExpr(A.Value));
    if (V->Ty->isError())
      return V;
    Args.Values.push_back(V);
    Args.Names.push_back(llvm::StringRef());
    Args.Ranges.push_back(A.Range);
  }
  if (!Comp.Result) {
    llvm::StringRef Coll = F == Form::Dict ? "Dict"
                           : F == Form::Set ? "Set"
                                            : "List";
    Symbol S = lookup(Coll, CE->getStartLoc());
    if (S.K != Symbol::Kind::Struct && F == Form::Set)
      if (const StructDecl *D = findCollection(*this, "Set")) {
        S.K = Symbol::Kind::Struct; // `{x for x in ...}` needs no import
        S.Struct = D;
      }
    if (S.K != Symbol::Kind::Struct) {
      Diags.report(Comp.Expr->getRange(), DiagID::err_unsupported)
          << (Coll == "Set" ? "a set comprehension without 'Set' imported"
                            : "a comprehension without its collection type");
      return errorExpr(R);
    }
    llvm::SmallVector<ComptimeValue, 2> Params;
    for (cir::Expr *V : Args.Values)
      Params.push_back(ComptimeValue::makeType(V->Ty));
    Type Ty = Types.getStruct(S.Struct, Params);
    Comp.Result = newLocal("$comprehension", Ty, R.Begin);
  }
  llvm::StringRef Method = F == Form::Dict  ? "__setitem__"
                           : F == Form::Set ? "add"
                                            : "append";
  return callMethod(makeLocalRef(Comp.Result, R), Method, Args, R);
}
