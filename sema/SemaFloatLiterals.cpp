//===- SemaFloatLiterals.cpp - FloatLiteral's compile-time semantics ------===//
//
// A FloatLiteral is a compile-time value of unbounded precision. Its
// queries (`FloatLiteral.nan.is_nan()`, `(-0.0).is_neg_zero()`) are
// answered on the literal itself, rather than on the Float64 it would
// otherwise materialise as (which has no such methods in Mojo 1.0), and a
// comptime expression of literals folds exactly (ExactFloat.h).
//
//===----------------------------------------------------------------------===//
#include "sema/SemaImpl.h"

#include <cmath>

using namespace ignis;
using namespace ignis::sema;

cir::Expr *Sema::foldLiteralMethod(cir::Expr *Receiver, llvm::StringRef Name,
                                   size_t NumArgs, SourceRange R) {
  if (Receiver->Ty->getKind() != TypeKind::FloatLiteral ||
      Receiver->Kind != cir::ExprKind::FloatConst || NumArgs != 0)
    return nullptr;
  double V = Receiver->Float;
  bool Answer;
  if (Name == "is_nan")
    Answer = std::isnan(V);
  else if (Name == "is_neg_zero")
    Answer = V == 0.0 && std::signbit(V);
  else
    return nullptr;
  cir::Expr *C = makeExpr(cir::ExprKind::IntConst, Types.getPrim(DType::Bool), R);
  C->Int = llvm::APInt(1, Answer ? 1 : 0);
  return wrapBool(C, R);
}

ExactFloat sema::exactLiteralTree(const Expr *E) {
  switch (E->getKind()) {
  case NodeKind::IntLiteralExpr:
  case NodeKind::FloatLiteralExpr: {
    llvm::StringRef Text = llvm::isa<IntLiteralExpr>(E)
                               ? llvm::cast<IntLiteralExpr>(E)->Text
                               : llvm::cast<FloatLiteralExpr>(E)->Text;
    std::string Digits;
    for (char C : Text)
      if (C != '_')
        Digits.push_back(C);
    return ExactFloat::parse(Digits);
  }
  case NodeKind::UnaryExpr: {
    auto *U = llvm::cast<UnaryExpr>(E);
    ExactFloat V = exactLiteralTree(U->Operand);
    if (U->Op == UnaryOp::Neg)
      return V.negate();
    return U->Op == UnaryOp::Pos ? V : ExactFloat();
  }
  case NodeKind::BinaryExpr: {
    auto *B = llvm::cast<BinaryExpr>(E);
    if (B->Op != BinaryOp::Add && B->Op != BinaryOp::Sub &&
        B->Op != BinaryOp::Mul && B->Op != BinaryOp::Div &&
        B->Op != BinaryOp::Pow)
      return {};
    return applyExact(getSpelling(B->Op), exactLiteralTree(B->LHS),
                      exactLiteralTree(B->RHS));
  }
  default:
    return {};
  }
}
