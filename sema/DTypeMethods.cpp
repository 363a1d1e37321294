//===- DTypeMethods.cpp - `dt.is_floating_point()` and other DType queries -===//
#include "sema/DTypeMethods.h"

using namespace ignis;
using namespace ignis::sema;

static const MemberExpr *dtypeMember(Sema &S, const CallExpr *C,
                                     const InstContext &Ctx) {
  auto *M = llvm::dyn_cast<MemberExpr>(C->Callee);
  if (!M)
    return nullptr;
  // `DType.float32.method()`
  if (auto *Inner = llvm::dyn_cast<MemberExpr>(M->Base))
    if (auto *N = llvm::dyn_cast<NameExpr>(Inner->Base))
      if (N->Name == "DType" && S.lookupIn(Ctx, "DType").K == Symbol::Kind::None)
        return M;
  // `dt.method()` with dt a DType parameter or alias.
  if (auto *N = llvm::dyn_cast<NameExpr>(M->Base)) {
    Symbol Sym = S.lookupIn(Ctx, N->Name);
    if (Sym.K == Symbol::Kind::Value && Sym.Value.K == ComptimeValue::Kind::DType)
      return M;
  }
  return nullptr;
}

bool sema::isDTypeMethodCall(Sema &S, const CallExpr *C, const InstContext &Ctx) {
  return dtypeMember(S, C, Ctx) != nullptr;
}

ComptimeValue sema::evalDTypeMethod(Sema &S, const CallExpr *C,
                                    const InstContext &Ctx) {
  const MemberExpr *M = dtypeMember(S, C, Ctx);
  ComptimeValue Base = S.evalComptime(M->Base, Ctx);
  if (Base.K != ComptimeValue::Kind::DType)
    return {};
  llvm::StringRef Name = M->Member.Name;
  if (!C->Args.empty()) {
    S.Diags.report(C->Args[0].Range, DiagID::err_too_many_args)
        << Name << (int64_t)0 << (int64_t)C->Args.size();
    return {};
  }
  DType D = Base.DT;
  bool Float = isFloatDType(D), Signed = isSignedIntDType(D) || D == DType::Index,
       Unsigned = isUnsignedIntDType(D) && D != DType::Bool;
  if (Name == "is_floating_point")
    return ComptimeValue::makeBool(Float);
  if (Name == "is_integral")
    return ComptimeValue::makeBool(Signed || Unsigned);
  if (Name == "is_signed")
    return ComptimeValue::makeBool(Signed || Float);
  if (Name == "is_unsigned")
    return ComptimeValue::makeBool(Unsigned);
  if (Name == "is_numeric")
    return ComptimeValue::makeBool(D != DType::Bool);
  if (Name == "is_half_float")
    return ComptimeValue::makeBool(D == DType::Float16 || D == DType::BFloat16);
  if (Name == "bit_width")
    return ComptimeValue::makeInt(getDTypeBits(D));
  if (Name == "size_of")
    return ComptimeValue::makeInt(std::max(1u, getDTypeBits(D) / 8));
  S.Diags.report(M->Member.getRange(), DiagID::err_no_member) << "DType" << Name;
  return {};
}

cir::Expr *sema::checkDTypeMethod(Sema &S, const CallExpr *C,
                                  const InstContext &Ctx) {
  SourceRange R = C->getRange();
  ComptimeValue V = evalDTypeMethod(S, C, Ctx);
  if (V.K == ComptimeValue::Kind::Int) {
    cir::Expr *E = S.makeExpr(cir::ExprKind::IntConst, S.Types.getIntLiteral(), R);
    E->Int = llvm::APInt(65, static_cast<uint64_t>(V.Int), /*isSigned=*/true);
    return E;
  }
  if (V.K == ComptimeValue::Kind::Bool) {
    cir::Expr *B = S.makeExpr(cir::ExprKind::IntConst, S.Types.getPrim(DType::Bool), R);
    B->Int = llvm::APInt(1, V.Bool ? 1 : 0);
    return S.wrapBool(B, R);
  }
  return S.errorExpr(R);
}
