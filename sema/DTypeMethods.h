//===- DTypeMethods.h - `dt.is_floating_point()` and other DType queries ---===//
//
// DType values are compile-time only (ComptimeValue::Kind::DType), so their
// methods are answered while checking: `dt.is_floating_point()` becomes the
// constant True or False, in `comptime if` and in ordinary code alike.
//
//===----------------------------------------------------------------------===//
#ifndef IGNIS_SEMA_DTYPEMETHODS_H
#define IGNIS_SEMA_DTYPEMETHODS_H

#include "sema/SemaImpl.h"

namespace ignis::sema {

/// Whether C calls a DType method on a compile-time DType (`DType.int8.
/// bit_width()`, `dt.is_signed()` with dt a parameter).
bool isDTypeMethodCall(Sema &S, const CallExpr *C, const InstContext &Ctx);

/// The method's result (an Int or Bool value), or an invalid value after a
/// located diagnostic.
ComptimeValue evalDTypeMethod(Sema &S, const CallExpr *C, const InstContext &Ctx);

/// evalDTypeMethod as a checked expression (an Int literal or a Bool).
cir::Expr *checkDTypeMethod(Sema &S, const CallExpr *C, const InstContext &Ctx);

} // namespace ignis::sema

#endif
