//===- SemaSlice.cpp - `x[a:b:c]` ----------------------------------------===//
//
// A slice inside a subscript becomes `Slice(a, b, c)` (the std struct in
// stdlib/std/builtin/slice.mojo) with `None` for each missing part, or
// `ContiguousSlice(a, b)` when it has no step (it converts implicitly to
// Slice); the subscript then calls `__getitem__(slice)` like any other
// argument.
//
//===----------------------------------------------------------------------===//
#include "sema/SemaImpl.h"

using namespace ignis;
using namespace ignis::sema;

cir::Expr *Sema::checkSlice(const SliceExpr *S) {
  SourceRange R = S->getRange();
  // `x[a:b]` (no step) is a ContiguousSlice: List gives a Span for it.
  Type SliceTy = S->Step ? nullptr : getPreludeStruct("ContiguousSlice");
  bool Contiguous = SliceTy != nullptr;
  if (!Contiguous)
    SliceTy = getPreludeStruct("Slice");
  if (!SliceTy) {
    Diags.report(R, DiagID::err_undefined_name) << "Slice";
    return errorExpr(R);
  }
  CallArgs Args;
  Args.CallRange = R;
  const Expr *Parts[] = {S->Lower, S->Upper, S->Step};
  for (const Expr *Part : llvm::ArrayRef(Parts).take_front(Contiguous ? 2 : 3)) {
    cir::Expr *V = Part
                       ? checkExpr(Part)
                       : makeExpr(cir::ExprKind::NoneConst, Types.getNone(), R);
    if (V->Ty->isError())
      return errorExpr(R);
    Args.Values.push_back(V);
    Args.Names.push_back(llvm::StringRef());
    Args.Ranges.push_back(Part ? Part->getRange() : R);
  }
  return constructStruct(SliceTy, Args, R);
}
