//===- ExactFloat.h - FloatLiteral values as exact rationals --------------===//
//
// Mojo's FloatLiteral arithmetic is exact at compile time:
// `3.0 * (4.0 / 3.0 - 1.0)` is exactly 1.0, where Float64 arithmetic gives
// 0.9999999999999998. A literal keeps its value as a fraction Num/Den
// beside the double it rounds to; folding + - * / and integer powers stays
// exact, and the double is rounded once from the fraction.
//
//===----------------------------------------------------------------------===//
#ifndef IGNIS_SEMA_EXACTFLOAT_H
#define IGNIS_SEMA_EXACTFLOAT_H

#include "llvm/ADT/APInt.h"
#include "llvm/ADT/StringRef.h"

namespace ignis {

/// Num / Den in lowest terms, Den > 0; invalid when Den is zero (a value
/// known only as a double: nan, inf, a result too large to keep).
struct ExactFloat {
  llvm::APInt Num, Den;

  ExactFloat() : Num(1, 0), Den(1, 0) {}
  ExactFloat(llvm::APInt N, llvm::APInt D) : Num(std::move(N)), Den(std::move(D)) {}

  bool isValid() const { return Den.getBitWidth() > 1 || !Den.isZero(); }
  static ExactFloat fromInt(const llvm::APInt &I);
  /// Decimal literal text without underscores (`1.5`, `2e-3`, `.5`).
  static ExactFloat parse(llvm::StringRef Text);
  /// The nearest double (ties to even).
  double toDouble() const;
  ExactFloat negate() const;
};

/// A op B for Op in + - * / (and ** with an integer B); invalid when the
/// result is not exact (division by zero, a fractional power) or too large.
ExactFloat applyExact(llvm::StringRef Op, const ExactFloat &A,
                      const ExactFloat &B);

} // namespace ignis

#endif
