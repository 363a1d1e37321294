//===- SemaTypedArgs.cpp - Call arguments typed by their parameter --------===//
//
// An initializer list `{a, k = b}` or an empty `[]`/`{}` passed as a call
// argument has no type of its own: it takes the type of the parameter it
// binds. Such an argument is collected as a placeholder; overload matching
// accepts it for any struct-typed parameter, and the chosen candidate
// builds it with that parameter's type (checkExprExpecting). A `{a, b}`
// is a set literal where the parameter is generic (`x: T`, `*args`) or
// takes a set, and an initializer list for any other struct parameter.
//
//===----------------------------------------------------------------------===//
#include "sema/SemaImpl.h"
#include "llvm/ADT/StringExtras.h"

using namespace ignis;
using namespace ignis::sema;

bool Sema::isContextTypedLiteral(const Expr *E) {
  if (llvm::isa<InitListExpr>(E))
    return true;
  if (auto *L = llvm::dyn_cast<ListExpr>(E))
    return L->Elements.empty();
  if (auto *D = llvm::dyn_cast<DictExpr>(E))
    return D->Keys.empty();
  return llvm::isa<SetExpr>(E);
}

cir::Expr *Sema::deferContextTypedArg(const Expr *E) {
  cir::Expr *P = makeExpr(cir::ExprKind::NoneConst, Types.getNone(), E->getRange());
  DeferredArgs[P] = E;
  return P;
}

const Expr *Sema::deferredArgSource(const cir::Expr *A) const {
  return DeferredArgs.lookup(A);
}

/// Whether a constructor of F's shape takes Positional arguments and the
/// keywords named (types are checked once the callee is chosen).
static bool shapeFits(const FuncDecl *F, size_t Positional,
                      llvm::ArrayRef<llvm::StringRef> Keywords) {
  llvm::SmallVector<const ParamDecl *, 4> Decl;
  int KwOnly = F->Args.KeywordOnlyStart;
  size_t PosSlots = 0;
  bool Variadic = false, KwVariadic = false;
  for (size_t I = 0; I < F->Args.Params.size(); ++I) {
    const ParamDecl &P = F->Args.Params[I];
    if (P.Convention == ArgConvention::Out || P.Name.Name == "self")
      continue;
    if (P.TheForm == ParamDecl::Form::Variadic) {
      Variadic = true;
      continue;
    }
    if (P.TheForm == ParamDecl::Form::KwVariadic) {
      KwVariadic = true;
      continue;
    }
    Decl.push_back(&P);
    if ((KwOnly < 0 || static_cast<int>(I) < KwOnly) && !Variadic)
      ++PosSlots;
  }
  if (Positional > PosSlots && !Variadic)
    return false;
  for (size_t K = 0; K < Decl.size(); ++K) {
    bool Named = llvm::is_contained(Keywords, Decl[K]->Name.Name);
    if (K < Positional && K < PosSlots && Named)
      return false;
    if (!Decl[K]->Default && !Named && (K >= Positional || K >= PosSlots))
      return false;
  }
  for (llvm::StringRef Kw : Keywords)
    if (!KwVariadic && llvm::none_of(Decl, [&](const ParamDecl *P) {
          return P->Name.Name == Kw;
        }))
      return false;
  return true;
}

bool Sema::literalFitsStruct(const Expr *E, Type T) {
  StructInfo *SI = getStructInfo(T);
  if (!SI)
    return false;
  size_t Positional = 0;
  llvm::SmallVector<llvm::StringRef, 4> Keywords;
  if (auto *IL = llvm::dyn_cast<InitListExpr>(E)) {
    for (const Argument &A : IL->Args)
      if (A.TheForm == Argument::Form::Keyword)
        Keywords.push_back(A.Name.Name);
      else
        ++Positional;
  } else if (auto *St = llvm::dyn_cast<SetExpr>(E)) {
    Positional = St->Elements.size();
  }
  if (auto It = SI->Methods.find("__init__"); It != SI->Methods.end())
    for (const FuncDecl *F : It->second)
      if (shapeFits(F, Positional, Keywords))
        return true;
  if (!SI->Fieldwise && !SI->FieldTypes.empty())
    return false;
  if (Positional + Keywords.size() != SI->FieldNames.size())
    return false;
  for (llvm::StringRef Kw : Keywords) {
    auto Pos = llvm::find(SI->FieldNames, Kw);
    if (Pos == SI->FieldNames.end() ||
        static_cast<size_t>(Pos - SI->FieldNames.begin()) < Positional)
      return false;
  }
  return true;
}

std::string Sema::deferredArgMismatch(const cir::Expr *A, Type ParamTy) {
  const Expr *E = deferredArgSource(A);
  if (ParamTy->isError() || literalFitsStruct(E, ParamTy))
    return "";
  return "cannot initialize a value of type '" + typeName(ParamTy) + "' from '" +
         SM.getText(E->getRange()).str() + "'";
}

cir::Expr *Sema::buildDeferredArg(const cir::Expr *A, Type ParamTy) {
  return checkExprExpecting(deferredArgSource(A), ParamTy);
}

cir::Expr *Sema::naturalDeferredArg(const cir::Expr *A) {
  if (cir::Expr *N = DeferredNatural.lookup(A))
    return N;
  const Expr *E = deferredArgSource(A);
  if (!E || !llvm::isa<SetExpr>(E))
    return nullptr;
  cir::Expr *N = checkExpr(E);
  DeferredNatural[A] = N;
  DeferredNatural[N] = N;
  DeferredArgs[N] = E;
  return N;
}

cir::Expr *Sema::naturalDeferredArgIfChecked(const cir::Expr *A) const {
  return DeferredNatural.lookup(A);
}

bool Sema::mentionsUnboundParam(const FuncDecl *F, const Expr *TypeExpr,
                                const InstContext &Ctx) {
  // The words of the written type: `Set[T]`, `Some[Writable]`, `List[U]`.
  llvm::StringRef Text = SM.getText(TypeExpr->getRange());
  if (Text.starts_with("Some["))
    return true;
  auto IsWordChar = [](char C) { return llvm::isAlnum(C) || C == '_'; };
  for (size_t I = 0; I < Text.size();) {
    if (!IsWordChar(Text[I])) {
      ++I;
      continue;
    }
    size_t J = I;
    while (J < Text.size() && IsWordChar(Text[J]))
      ++J;
    llvm::StringRef Word = Text.slice(I, J);
    for (const ParamDecl &P : F->Params.Params)
      if (P.Name.Name == Word && !Ctx.Params.count(Word))
        return true;
    I = J;
  }
  // A generic struct named without its parameters (`x: SIMD`).
  if (auto *N = llvm::dyn_cast<NameExpr>(TypeExpr)) {
    Symbol Sym = lookupIn(Ctx, N->Name);
    if (Sym.K == Symbol::Kind::Struct)
      for (const ParamDecl &P : Sym.Struct->Params.Params)
        if (!P.Default)
          return true;
  }
  return false;
}
