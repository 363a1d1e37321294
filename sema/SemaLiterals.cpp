//===- SemaLiterals.cpp - List, set and dict literals ---------------------===//
//
// `[a, b]` builds a `List`, `{a, b}` a `Set` and `{k: v}` a `Dict` from
// std.collections.
//
//===----------------------------------------------------------------------===//
#include "sema/SemaImpl.h"

using namespace ignis;
using namespace ignis::sema;

cir::Expr *Sema::checkCollectionLiteral(const Expr *E) {
  SourceRange R = E->getRange();
  Diags.report(R, DiagID::err_unsupported)
      << ("this kind of expression (" + getNodeKindName(E->getKind()) + ")").str();
  return errorExpr(R);
}
