//===- SemaTupleOps.cpp - Operations on tuples built in sema --------------===//
//
// Tuples are not structs (no methods), so `(a, b) == (c, d)` is built here:
// the element-wise `==` of each pair, joined with a short-circuit `and`
// (and negated for `!=`). Both tuples are evaluated once, into places; the
// elements are compared through copies (copy constructors for String...).
// A tuple of one element type also converts to an InlineArray, which is
// how the values of a variadic parameter (`*values: Int`) are iterated.
//
//===----------------------------------------------------------------------===//
#include "sema/SemaImpl.h"

using namespace ignis;
using namespace ignis::sema;

cir::Expr *Sema::compareTuples(llvm::StringRef Spelling, cir::Expr *L,
                               cir::Expr *R, SourceRange Range) {
  auto *LT = llvm::dyn_cast<TupleType>(L->Ty);
  auto *RT = llvm::dyn_cast<TupleType>(R->Ty);
  if (!LT || !RT || LT->Elements.size() != RT->Elements.size() ||
      (Spelling != "==" && Spelling != "!="))
    return nullptr;
  L = materializeToPlace(L);
  R = materializeToPlace(R);
  Type Bit = Types.getPrim(DType::Bool);
  cir::Expr *Acc = nullptr;
  for (unsigned I = 0; I < LT->Elements.size(); ++I) {
    cir::Expr *A = makeExpr(cir::ExprKind::TupleGet, LT->Elements[I], Range);
    A->Ops.push_back(L);
    A->Index = I;
    cir::Expr *B = makeExpr(cir::ExprKind::TupleGet, RT->Elements[I], Range);
    B->Ops.push_back(R);
    B->Index = I;
    // Copies of the elements (a temporary holding a tuple element's bits
    // would be destroyed as if it owned them).
    cir::Expr *Eq = applyBinaryOperator("__eq__", "__eq__", "==",
                                        makeCopy(A, Range), makeCopy(B, Range),
                                        Range);
    if (Eq->Ty->isError())
      return Eq;
    cir::Expr *EqBit = toBool(Eq);
    if (!Acc) {
      Acc = EqBit;
      continue;
    }
    cir::Expr *And = makeExpr(cir::ExprKind::And, Bit, Range);
    And->Ops = {Acc, EqBit};
    Acc = And;
  }
  if (!Acc) { // () == ()
    Acc = makeExpr(cir::ExprKind::IntConst, Bit, Range);
    Acc->Int = llvm::APInt(1, 1);
  }
  if (Spelling == "!=") {
    cir::Expr *Not = makeExpr(cir::ExprKind::Builtin, Bit, Range);
    Not->Builtin = cir::BuiltinOp::Invert;
    Not->Ops.push_back(Acc);
    Acc = Not;
  }
  return wrapBool(Acc, Range);
}

cir::Expr *Sema::tupleAsArray(cir::Expr *Tuple, SourceRange Range) {
  auto *TT = llvm::dyn_cast<TupleType>(Tuple->Ty);
  if (!TT || TT->Elements.empty())
    return nullptr;
  for (Type E : TT->Elements)
    if (E != TT->Elements.front())
      return nullptr;
  Symbol IA = lookupGlobal(Prelude, "InlineArray");
  if (IA.K != Symbol::Kind::Struct)
    return nullptr;
  ComptimeValue Params[] = {
      ComptimeValue::makeType(TT->Elements.front()),
      ComptimeValue::makeInt(static_cast<int64_t>(TT->Elements.size()))};
  Type ArrayTy = Types.getStruct(IA.Struct, Params);
  cir::Expr *Place = materializeToPlace(Tuple);
  CallArgs Args;
  Args.CallRange = Range;
  for (unsigned I = 0; I < TT->Elements.size(); ++I) {
    cir::Expr *E = makeExpr(cir::ExprKind::TupleGet, TT->Elements[I], Range);
    E->Ops.push_back(Place);
    E->Index = I;
    Args.Values.push_back(makeCopy(E, Range));
    Args.Names.push_back("");
    Args.Ranges.push_back(Range);
  }
  return constructStruct(ArrayTy, Args, Range);
}
