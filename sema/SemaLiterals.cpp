//===- SemaLiterals.cpp - List, set and dict literals ---------------------===//
//
// `[a, b]` builds a `List`, `{a, b}` a `Set` and `{k: v}` a `Dict` from
// std.collections. The element type is the first element type (after
// literals take their default types Int, Float64, String) that every
// element converts to, so `[1, 2.5]` is a List[Float64]. The literal
// becomes a constructor call: `List[T](a, b)`, `Set[T](a, b)` and
// `Dict[K, V](_keys=List[K](k...), _values=List[V](v...))`.
//
//===----------------------------------------------------------------------===//
#include "sema/SemaImpl.h"

using namespace ignis;
using namespace ignis::sema;

/// The struct a collection literal builds: List and Dict from the prelude,
/// Set through std/builtin/prelude_imports.mojo's private `_Set` name.
const StructDecl *sema::findCollection(Sema &S, llvm::StringRef Name) {
  Symbol Sym = S.lookupGlobal(S.Prelude, Name);
  if (Sym.K == Symbol::Kind::Struct)
    return Sym.Struct;
  for (auto &Entry : S.ModulesByPath) {
    ModuleInfo *M = Entry.second.get();
    if (M->Name != "std.builtin.prelude_imports")
      continue;
    Symbol Hidden = M->Names.lookup(("_" + Name).str());
    if (Hidden.K == Symbol::Kind::Struct)
      return Hidden.Struct;
  }
  return nullptr;
}

/// Checks Elems and picks their common type (null after a diagnostic).
static Type commonElementType(Sema &S, llvm::ArrayRef<const Expr *> Elems,
                              llvm::SmallVectorImpl<cir::Expr *> &Checked,
                              llvm::StringRef What) {
  for (const Expr *E : Elems) {
    Checked.push_back(S.checkExpr(E));
    if (Checked.back()->Ty->isError())
      return nullptr;
  }
  llvm::SmallVector<Type, 4> Candidates;
  for (cir::Expr *E : Checked) {
    Type T = S.materialize(E)->Ty;
    if (!llvm::is_contained(Candidates, T))
      Candidates.push_back(T);
  }
  for (Type T : Candidates)
    if (llvm::all_of(Checked, [&](cir::Expr *E) {
          return S.conversionCost(E, T) >= 0;
        })) {
      for (cir::Expr *&E : Checked)
        E = S.convert(E, T, E->Range);
      return T;
    }
  S.Diags.report(Checked.back()->Range, DiagID::err_collection_literal_types)
      << What << S.typeName(Candidates[0]) << S.typeName(Candidates[1]);
  return nullptr;
}

static void addArg(CallArgs &Args, cir::Expr *V, llvm::StringRef Name = "") {
  Args.Values.push_back(V);
  Args.Names.push_back(Name);
  Args.Ranges.push_back(V->Range);
}

/// `Decl[Elem](elements...)`.
static cir::Expr *buildSequence(Sema &S, const StructDecl *Decl, Type Elem,
                                llvm::ArrayRef<cir::Expr *> Elems,
                                SourceRange R) {
  Type T = S.Types.getStruct(Decl, {ComptimeValue::makeType(Elem)});
  CallArgs Args;
  Args.CallRange = R;
  for (cir::Expr *E : Elems)
    addArg(Args, E);
  return S.constructStruct(T, Args, R);
}

cir::Expr *Sema::checkCollectionLiteral(const Expr *E) {
  SourceRange R = E->getRange();
  const StructDecl *ListDecl = findCollection(*this, "List");
  if (auto *L = llvm::dyn_cast<ListExpr>(E)) {
    if (L->Elements.empty()) {
      Diags.report(R, DiagID::err_empty_collection_literal) << "list" << "List[T]()";
      return errorExpr(R);
    }
    llvm::SmallVector<cir::Expr *, 8> Elems;
    Type T = commonElementType(*this, {L->Elements.begin(), L->Elements.end()},
                               Elems, "list");
    if (!T || !ListDecl)
      return errorExpr(R);
    return buildSequence(*this, ListDecl, T, Elems, R);
  }
  if (auto *St = llvm::dyn_cast<SetExpr>(E)) {
    llvm::SmallVector<cir::Expr *, 8> Elems;
    Type T = commonElementType(*this, {St->Elements.begin(), St->Elements.end()},
                               Elems, "set");
    const StructDecl *SetDecl = findCollection(*this, "Set");
    if (!T || !SetDecl)
      return errorExpr(R);
    return buildSequence(*this, SetDecl, T, Elems, R);
  }
  auto *D = llvm::cast<DictExpr>(E);
  if (D->Keys.empty()) {
    Diags.report(R, DiagID::err_empty_collection_literal) << "dict" << "Dict[K, V]()";
    return errorExpr(R);
  }
  llvm::SmallVector<cir::Expr *, 8> Keys, Values;
  Type K = commonElementType(*this, {D->Keys.begin(), D->Keys.end()}, Keys,
                             "dict key");
  if (!K)
    return errorExpr(R);
  Type V = commonElementType(*this, {D->Values.begin(), D->Values.end()},
                             Values, "dict value");
  const StructDecl *DictDecl = findCollection(*this, "Dict");
  if (!V || !DictDecl || !ListDecl)
    return errorExpr(R);
  cir::Expr *KeyList = buildSequence(*this, ListDecl, K, Keys, R);
  cir::Expr *ValueList = buildSequence(*this, ListDecl, V, Values, R);
  if (KeyList->Ty->isError() || ValueList->Ty->isError())
    return errorExpr(R);
  Type T = Types.getStruct(DictDecl, {ComptimeValue::makeType(K),
                                      ComptimeValue::makeType(V)});
  CallArgs Args;
  Args.CallRange = R;
  addArg(Args, KeyList, "_keys");
  addArg(Args, ValueList, "_values");
  return constructStruct(T, Args, R);
}

cir::Expr *Sema::checkExprExpecting(const Expr *E, Type Expected) {
  bool Empty = false;
  if (auto *L = llvm::dyn_cast<ListExpr>(E))
    Empty = L->Elements.empty();
  else if (auto *D = llvm::dyn_cast<DictExpr>(E))
    Empty = D->Keys.empty();
  if (!Empty || !Expected || Expected->isError() || !getStructInfo(Expected))
    return checkExpr(E);
  // `var xs: List[Int] = []`, `d: Dict[K, V] = {}`: the declared type's
  // empty value.
  CallArgs Args;
  Args.CallRange = E->getRange();
  return constructStruct(Expected, Args, E->getRange());
}
