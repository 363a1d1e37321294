//===- ExactFloat.cpp - FloatLiteral values as exact rationals ------------===//
#include "sema/ExactFloat.h"

#include "llvm/ADT/APFloat.h"
#include "llvm/ADT/StringExtras.h"
#include <algorithm>

using namespace ignis;
using llvm::APInt;

/// Beyond this many bits a literal is kept only as its double.
static constexpr unsigned MaxBits = 4096;

/// A and B sign-extended to one width wide enough for a product.
static void widen(APInt &A, APInt &B) {
  unsigned W = std::max(A.getBitWidth(), B.getBitWidth());
  W = std::max(W, A.getSignificantBits() + B.getSignificantBits() + 2);
  A = A.sext(W);
  B = B.sext(W);
}

static ExactFloat make(APInt Num, APInt Den) {
  if (Den.isZero())
    return {};
  widen(Num, Den);
  if (Den.isNegative()) {
    Num.negate();
    Den.negate();
  }
  APInt G = llvm::APIntOps::GreatestCommonDivisor(Num.abs(), Den);
  if (!G.isZero() && !G.isOne()) {
    Num = Num.sdiv(G);
    Den = Den.sdiv(G);
  }
  if (Num.getSignificantBits() > MaxBits || Den.getSignificantBits() > MaxBits)
    return {};
  unsigned W = std::max(Num.getSignificantBits(), Den.getSignificantBits()) + 1;
  return {Num.sextOrTrunc(W), Den.sextOrTrunc(W)};
}

ExactFloat ExactFloat::fromInt(const APInt &I) {
  return make(I, APInt(std::max(I.getBitWidth(), 2u), 1));
}

ExactFloat ExactFloat::parse(llvm::StringRef Text) {
  size_t E = Text.find_first_of("eE");
  llvm::StringRef Mant = Text.substr(0, E);
  long long Exp = 0;
  if (E != llvm::StringRef::npos) {
    llvm::StringRef ExpText = Text.substr(E + 1);
    ExpText.consume_front("+");
    if (ExpText.getAsInteger(10, Exp))
      return {};
  }
  auto [Whole, Frac] = Mant.split('.');
  std::string Digits = (Whole + Frac).str();
  if (Digits.empty() || !llvm::all_of(Digits, llvm::isDigit))
    return {};
  Exp -= static_cast<long long>(Frac.size());
  if (Exp > 400 || Exp < -400)
    return {};
  APInt Num;
  if (llvm::StringRef(Digits).getAsInteger(10, Num))
    return {};
  Num = Num.zext(Num.getBitWidth() + 1);
  unsigned PowBits = static_cast<unsigned>(std::abs(Exp)) * 4 + 8;
  APInt Pow(PowBits, 1);
  for (long long I = 0; I < std::abs(Exp); ++I)
    Pow *= 10;
  if (Exp >= 0) {
    unsigned W = Num.getBitWidth() + PowBits;
    return make(Num.zext(W) * Pow.zext(W), APInt(W, 1));
  }
  return make(Num, Pow);
}

ExactFloat ExactFloat::negate() const {
  if (!isValid())
    return {};
  return make(-Num.sext(Num.getBitWidth() + 1), Den);
}

double ExactFloat::toDouble() const {
  if (!isValid())
    return 0;
  bool Neg = Num.isNegative();
  APInt N = Num.abs().zext(Num.getBitWidth()), D = Den;
  if (N.isZero())
    return Neg ? -0.0 : 0.0;
  // N << Shift divided by D has at least 64 bits, so the quotient with a
  // sticky bit for the remainder rounds once, correctly, to 53 bits.
  int Shift = std::max(0, 64 + static_cast<int>(D.getActiveBits()) -
                              static_cast<int>(N.getActiveBits()));
  unsigned W = std::max(N.getBitWidth(), D.getBitWidth()) + Shift + 2;
  APInt Q, R;
  APInt::udivrem(N.zext(W).shl(Shift), D.zext(W), Q, R);
  Q = Q.shl(1);
  if (!R.isZero())
    Q.setBit(0);
  llvm::APFloat F(llvm::APFloat::IEEEdouble());
  F.convertFromAPInt(Q, /*IsSigned=*/false, llvm::APFloat::rmNearestTiesToEven);
  F = llvm::scalbn(F, -(Shift + 1), llvm::APFloat::rmNearestTiesToEven);
  double V = F.convertToDouble();
  return Neg ? -V : V;
}

ExactFloat ignis::applyExact(llvm::StringRef Op, const ExactFloat &A,
                             const ExactFloat &B) {
  if (!A.isValid() || !B.isValid())
    return {};
  auto Mul = [](APInt X, APInt Y) {
    widen(X, Y);
    return X * Y;
  };
  auto Add = [](APInt X, APInt Y) {
    widen(X, Y);
    return X + Y;
  };
  if (Op == "+" || Op == "-") {
    APInt Rhs = Mul(B.Num, A.Den);
    if (Op == "-")
      Rhs = -Rhs.sext(Rhs.getBitWidth() + 1);
    return make(Add(Mul(A.Num, B.Den), Rhs), Mul(A.Den, B.Den));
  }
  if (Op == "*")
    return make(Mul(A.Num, B.Num), Mul(A.Den, B.Den));
  if (Op == "/")
    return make(Mul(A.Num, B.Den), Mul(A.Den, B.Num));
  if (Op == "**" && B.Den.isOne() && B.Num.getSignificantBits() <= 16) {
    int64_t N = B.Num.getSExtValue();
    if (N < -1024 || N > 1024)
      return {};
    ExactFloat R = ExactFloat::fromInt(APInt(2, 1));
    for (int64_t I = 0; I < std::abs(N) && R.isValid(); ++I)
      R = applyExact("*", R, A);
    return N < 0 ? applyExact("/", ExactFloat::fromInt(APInt(2, 1)), R) : R;
  }
  return {};
}
