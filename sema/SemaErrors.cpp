//===- SemaErrors.cpp - Typed errors: `raises T`, handlers, conversions ---===//
//
// A function raises one error type: `raises` alone means the stdlib's Error,
// `raises T` any struct T, `raises Never` nothing at all. A `try` with a
// handler catches the one type its body raises (inferred from the first
// raising call or `raise`; mixing two types is an error, as in Mojo 1.0),
// and `except e` has that type. A typed error that propagates through a
// bare `raises` becomes an Error carrying its written form
// (`_error_from_typed[T]`, which codegen calls where the error crosses).
//
//===----------------------------------------------------------------------===//
#include "sema/SemaImpl.h"

using namespace ignis;
using namespace ignis::sema;

Type Sema::errorTypeOf(const cir::Function *Fn) const {
  return Fn && Fn->ErrorType ? Fn->ErrorType : Prog.ErrorType;
}

Type Sema::resolveRaisesType(const FuncDecl *F, const InstContext &Ctx,
                             bool &Raises) {
  Raises = F->Effects.Raises;
  if (!Raises || !F->Effects.RaisesType)
    return nullptr;
  Type T = resolveType(F->Effects.RaisesType, Ctx);
  if (!T || T->isError())
    return nullptr;
  if (T->getKind() == TypeKind::Never) {
    Raises = false; // `raises Never`: the same as no `raises`
    return nullptr;
  }
  if (T == Prog.ErrorType)
    return nullptr;
  return T;
}

void Sema::requireErrorConversion(Type From, SourceRange R) {
  if (!From || From->isError() || From == Prog.ErrorType ||
      Prog.ErrorConversions.count(From))
    return;
  Symbol Helper = lookupGlobal(Prelude, "_error_from_typed");
  if (Helper.K != Symbol::Kind::Overloads || Helper.Funcs.empty()) {
    Diags.report(R, DiagID::err_undefined_name) << "_error_from_typed";
    return;
  }
  InstContext Ctx;
  Ctx.Module = Helper.Owner;
  Ctx.Params["T"] = ComptimeValue::makeType(From);
  if (cir::Function *Fn = instantiateFunction(Helper.Funcs.front(), Ctx))
    Prog.ErrorConversions[From] = Fn;
}

bool Sema::noteRaisedType(Type Raised, SourceRange R) {
  if (!FS || !FS->Fn || !Raised || Raised->isError())
    return true;
  Type Dest = nullptr;
  if (!FS->ErrorScopes.empty()) {
    FunctionState::ErrorScope &S = FS->ErrorScopes.back();
    if (!S.Fixed) {
      if (!S.Ty) {
        S.Ty = Raised;
        S.First = R;
        return true;
      }
      if (S.Ty == Raised)
        return true;
      Diags.report(R, DiagID::err_mixed_error_types)
          << typeName(Raised) << typeName(S.Ty);
      Diags.report(S.First, DiagID::note_first_error_type) << typeName(S.Ty);
      return false;
    }
    Dest = Prog.ErrorType;
  } else {
    if (!FS->Fn->Raises)
      return true; // reported as an unhandled raise
    Dest = errorTypeOf(FS->Fn);
  }
  if (Dest == Raised)
    return true;
  if (Dest == Prog.ErrorType) {
    requireErrorConversion(Raised, R); // type erasure
    return true;
  }
  Diags.report(R, DiagID::err_raises_other_type)
      << FS->Fn->DisplayName << typeName(Dest) << typeName(Raised);
  return false;
}

/// The error type a `raise` of \p V carries: its own struct type, or Error
/// for messages (string literals, Strings) and Errors.
static bool isTypedErrorValue(Sema &S, Type T) {
  if (!T || T->isError() || T == S.Prog.ErrorType)
    return false;
  if (!S.getStructInfo(T))
    return false;
  return T != S.getPreludeStruct("String");
}

cir::Expr *Sema::convertRaisedValue(cir::Expr *V, SourceRange R) {
  if (V->Ty->isError())
    return V;
  if (!isTypedErrorValue(*this, V->Ty)) {
    if (!Prog.ErrorType)
      return V;
    noteRaisedType(Prog.ErrorType, R);
    return consumeValue(convert(V, Prog.ErrorType, R), R, /*AllowMove=*/true);
  }
  Type Raised = V->Ty;
  if (!noteRaisedType(Raised, R))
    return errorExpr(R);
  // Where it lands: the innermost handler's type, else the function's.
  Type Dest = !FS->ErrorScopes.empty()
                  ? (FS->ErrorScopes.back().Fixed ? Prog.ErrorType
                                                  : FS->ErrorScopes.back().Ty)
                  : errorTypeOf(FS->Fn);
  if (Dest == Raised || !Prog.ErrorType)
    return consumeValue(V, R, /*AllowMove=*/true);
  // Type erasure: raised through a bare `raises`, it becomes an Error.
  Symbol Helper = lookupGlobal(Prelude, "_error_from_typed");
  if (Helper.K != Symbol::Kind::Overloads) {
    Diags.report(R, DiagID::err_undefined_name) << "_error_from_typed";
    return errorExpr(R);
  }
  CallArgs Args;
  Args.CallRange = R;
  Args.Values = {V};
  Args.Names = {llvm::StringRef()};
  Args.Ranges = {R};
  InstContext Ctx;
  Ctx.Module = Helper.Owner;
  return callFunctions(Helper.Funcs, "_error_from_typed", Args, Ctx, {}, R);
}
