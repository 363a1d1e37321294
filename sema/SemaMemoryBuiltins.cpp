//===- SemaMemoryBuiltins.cpp - Inline storage and addresses of places ----===//
//
// What InlineArray, Pointer and Optional's inline storage stand on:
// `__builtin.array[T, n]` (n values of T side by side, raw bits),
// `__builtin.uninit[T]()` (a value whose bits the library fills in later)
// and `__builtin.address_of(place)` (the address of a variable, a field or
// a dereferenced pointer).
//
//===----------------------------------------------------------------------===//
#include "sema/SemaImpl.h"

using namespace ignis;
using namespace ignis::sema;
using cir::BuiltinOp;

ComptimeValue Sema::resolveArrayStorage(const Expr *E, const Expr *Elem,
                                        const Expr *Count,
                                        const InstContext &Ctx) {
  Type ET = resolveType(Elem, Ctx);
  ComptimeValue N = evalComptime(Count, Ctx);
  if (ET->isError() || !N.isValid())
    return {};
  if (N.K != ComptimeValue::Kind::Int) {
    Diags.report(Count->getRange(), DiagID::err_comptime_type)
        << "Int" << "something else";
    return {};
  }
  if (N.Int < 0 || N.Int > 0xffffffffLL) {
    Diags.report(E->getRange(), DiagID::err_array_count) << N.Int;
    return {};
  }
  return ComptimeValue::makeType(
      Types.getArray(ET, static_cast<uint64_t>(N.Int)));
}

cir::Expr *Sema::checkMemoryBuiltin(BuiltinOp Op,
                                    llvm::ArrayRef<cir::Expr *> Args,
                                    llvm::ArrayRef<ComptimeValue> Params,
                                    SourceRange R) {
  if (Op == BuiltinOp::AddressOf) {
    if (Args.size() != 1) {
      Diags.report(R, DiagID::err_param_count)
          << "__builtin.address_of" << (int64_t)1 << (int64_t)Args.size();
      return errorExpr(R);
    }
    if (!Args[0]->isPlace()) {
      Diags.report(Args[0]->Range, DiagID::err_address_of_not_place);
      return errorExpr(R);
    }
    cir::Expr *A = makeExpr(cir::ExprKind::AddressOf,
                            Types.getPointer(Args[0]->Ty), R);
    A->Ops.push_back(Args[0]);
    return A;
  }
  // Uninit
  if (!Args.empty() || Params.size() != 1 ||
      Params[0].K != ComptimeValue::Kind::Type) {
    Diags.report(R, DiagID::err_comptime_type) << "one type parameter"
                                               << "something else";
    return errorExpr(R);
  }
  cir::Expr *U = makeExpr(cir::ExprKind::Builtin, Params[0].Ty, R);
  U->Builtin = Op;
  U->Params.push_back(Params[0]);
  return U;
}
