//===- SemaLiterals.cpp - List, set and dict literals ---------------------===//
//
// `[a, b]` builds a `List`, `{a, b}` a `Set` and `{k: v}` a `Dict` from
// std.collections. Where the expected type (a declared variable's or a
// function's result type) is that collection and every element converts to
// its element type, the literal takes it: `var xs: List[Float32] = [1.0]`.
// Otherwise the element type is the first element type (after literals
// take their default types Int, Float64, String) that every element
// converts to, so `[1, 2.5]` is a List[Float64]. The literal becomes a
// constructor call: `List[T](a, b)`, `Set[T](a, b)` and
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

/// Checks Elems and picks their common type (null after a diagnostic):
/// Want (the expected element type, may be null) when every element
/// converts to it.
static Type commonElementType(Sema &S, llvm::ArrayRef<const Expr *> Elems,
                              llvm::SmallVectorImpl<cir::Expr *> &Checked,
                              llvm::StringRef What, Type Want = nullptr) {
  for (const Expr *E : Elems) {
    Checked.push_back(Want ? S.checkExprExpecting(E, Want) : S.checkExpr(E));
    if (Checked.back()->Ty->isError())
      return nullptr;
  }
  if (Want && llvm::all_of(Checked, [&](cir::Expr *E) {
        return S.conversionCost(E, Want) >= 0;
      })) {
    for (cir::Expr *&E : Checked)
      E = S.convert(E, Want, E->Range);
    return Want;
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

/// `Dict[K, V](_keys=List[K](k...), _values=List[V](v...))`.
static cir::Expr *buildDict(Sema &S, Type DictTy, Type K, Type V,
                            llvm::ArrayRef<cir::Expr *> Keys,
                            llvm::ArrayRef<cir::Expr *> Values, SourceRange R) {
  const StructDecl *ListDecl = findCollection(S, "List");
  if (!ListDecl)
    return S.errorExpr(R);
  cir::Expr *KeyList = buildSequence(S, ListDecl, K, Keys, R);
  cir::Expr *ValueList = buildSequence(S, ListDecl, V, Values, R);
  if (KeyList->Ty->isError() || ValueList->Ty->isError())
    return S.errorExpr(R);
  CallArgs Args;
  Args.CallRange = R;
  addArg(Args, KeyList, "_keys");
  addArg(Args, ValueList, "_values");
  return S.constructStruct(DictTy, Args, R);
}

/// The I-th type parameter of Expected when it is an instance of Decl.
static Type expectedParam(Type Expected, const StructDecl *Decl, size_t I) {
  auto *ST = llvm::dyn_cast_or_null<StructType>(Expected);
  if (!ST || !Decl || ST->Decl != Decl || I >= ST->Params.size() ||
      ST->Params[I].K != ComptimeValue::Kind::Type)
    return nullptr;
  return ST->Params[I].Ty;
}

cir::Expr *Sema::checkCollectionLiteral(const Expr *E, Type Expected) {
  SourceRange R = E->getRange();
  const StructDecl *ListDecl = findCollection(*this, "List");
  if (auto *L = llvm::dyn_cast<ListExpr>(E)) {
    if (L->Elements.empty()) {
      Diags.report(R, DiagID::err_empty_collection_literal) << "list" << "List[T]()";
      return errorExpr(R);
    }
    llvm::SmallVector<cir::Expr *, 8> Elems;
    Type T = commonElementType(*this, {L->Elements.begin(), L->Elements.end()},
                               Elems, "list", expectedParam(Expected, ListDecl, 0));
    if (!T || !ListDecl)
      return errorExpr(R);
    return buildSequence(*this, ListDecl, T, Elems, R);
  }
  if (auto *St = llvm::dyn_cast<SetExpr>(E)) {
    llvm::SmallVector<cir::Expr *, 8> Elems;
    const StructDecl *SetDecl = findCollection(*this, "Set");
    Type T = commonElementType(*this, {St->Elements.begin(), St->Elements.end()},
                               Elems, "set", expectedParam(Expected, SetDecl, 0));
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
  const StructDecl *DictDecl = findCollection(*this, "Dict");
  Type K = commonElementType(*this, {D->Keys.begin(), D->Keys.end()}, Keys,
                             "dict key", expectedParam(Expected, DictDecl, 0));
  if (!K)
    return errorExpr(R);
  Type V = commonElementType(*this, {D->Values.begin(), D->Values.end()},
                             Values, "dict value",
                             expectedParam(Expected, DictDecl, 1));
  if (!V || !DictDecl || !ListDecl)
    return errorExpr(R);
  Type T = Types.getStruct(DictDecl, {ComptimeValue::makeType(K),
                                      ComptimeValue::makeType(V)});
  return buildDict(*this, T, K, V, Keys, Values, R);
}

/// Whether a list literal can build the struct from its elements: one of
/// its constructors takes a variadic argument (`*elements: T`).
static bool takesElements(const StructDecl *Decl) {
  for (const Stmt *S : Decl->Body)
    if (auto *F = llvm::dyn_cast<FuncDecl>(S); F && F->Name.Name == "__init__")
      for (const ParamDecl &P : F->Args.Params)
        if (P.TheForm == ParamDecl::Form::Variadic)
          return true;
  return false;
}

/// Whether a constructor of Decl takes `*elements` of Decl itself
/// (`IntTuple(*elements: IntTuple)`): a nested list literal is then one of
/// its elements built the same way (`[[3, 2], [2, 5]]`).
static bool takesOwnElements(Sema &S, const StructDecl *Decl) {
  for (const Stmt *St : Decl->Body)
    if (auto *F = llvm::dyn_cast<FuncDecl>(St); F && F->Name.Name == "__init__")
      for (const ParamDecl &P : F->Args.Params)
        if (P.TheForm == ParamDecl::Form::Variadic && P.Type) {
          llvm::StringRef T = S.SM.getText(P.Type->getRange());
          if (T == "Self" || T == Decl->Name.Name)
            return true;
        }
  return false;
}

bool Sema::listLiteralBuilds(Type T) {
  auto *ST = llvm::dyn_cast_or_null<StructType>(T);
  if (!ST || ST->Decl == findCollection(*this, "List") ||
      ST->Decl == findCollection(*this, "Set") ||
      ST->Decl == findCollection(*this, "Dict"))
    return false;
  StructInfo *SI = getStructInfo(T);
  return SI && takesElements(SI->Decl);
}

cir::Expr *Sema::checkExprExpecting(const Expr *E, Type Expected) {
  // `var p: Pair = {first = 1, second = 2}`: the expected type's
  // constructor called with the list's arguments.
  if (auto *IL = llvm::dyn_cast<InitListExpr>(E)) {
    if (!Expected || Expected->isError())
      return checkExpr(E);
    CallArgs Args;
    Args.CallRange = E->getRange();
    if (!collectCallArgs(IL->Args, Args))
      return errorExpr(E->getRange());
    return constructStruct(Expected, Args, E->getRange());
  }
  // `var p: Pair = {1, 2}`: positional arguments (a set literal only when a
  // set is expected).
  if (auto *SE = llvm::dyn_cast<SetExpr>(E)) {
    auto *ST = llvm::dyn_cast_or_null<StructType>(Expected);
    if (ST && ST->Decl->Name.Name != "Set") {
      CallArgs Args;
      Args.CallRange = E->getRange();
      for (const Expr *El : SE->Elements) {
        Args.Values.push_back(checkExpr(El));
        Args.Names.push_back(llvm::StringRef());
        Args.Ranges.push_back(El->getRange());
      }
      return constructStruct(Expected, Args, E->getRange());
    }
  }
  bool Empty = false;
  if (auto *L = llvm::dyn_cast<ListExpr>(E))
    Empty = L->Elements.empty();
  else if (auto *D = llvm::dyn_cast<DictExpr>(E))
    Empty = D->Keys.empty();
  if (!Expected || Expected->isError() || !getStructInfo(Expected))
    return checkExpr(E);
  auto *EST = llvm::dyn_cast<StructType>(Expected);
  bool IsCollection =
      EST && (EST->Decl == findCollection(*this, "List") ||
              EST->Decl == findCollection(*this, "Set") ||
              EST->Decl == findCollection(*this, "Dict"));
  auto *L = llvm::dyn_cast<ListExpr>(E);
  if (!Empty && L && !IsCollection &&
      takesElements(getStructInfo(Expected)->Decl)) {
    // `a: InlineArray[Float64, 3] = [1, 2, 3]`, `xs: List[Float64] = [1, 2]`:
    // the declared type built from the elements, which convert to its
    // element type.
    CallArgs Args;
    Args.CallRange = E->getRange();
    bool Nested = takesOwnElements(*this, getStructInfo(Expected)->Decl);
    for (const Expr *Elem : L->Elements) {
      auto *EL = llvm::dyn_cast<ListExpr>(Elem);
      cir::Expr *V = Nested && EL && !EL->Elements.empty()
                         ? checkExprExpecting(Elem, Expected)
                         : checkExpr(Elem);
      if (V->Ty->isError())
        return errorExpr(E->getRange());
      addArg(Args, V);
    }
    return constructStruct(Expected, Args, E->getRange());
  }
  if (!Empty) {
    if (llvm::isa<ListExpr, SetExpr, DictExpr>(E))
      return checkCollectionLiteral(E, Expected);
    return checkExpr(E);
  }
  // `var xs: List[Int] = []`, `d: Dict[K, V] = {}`: the declared type's
  // empty value.
  CallArgs Args;
  Args.CallRange = E->getRange();
  return constructStruct(Expected, Args, E->getRange());
}
