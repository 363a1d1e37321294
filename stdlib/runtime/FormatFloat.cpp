// Float formatting that reproduces Mojo's `_write_float` byte for byte.
//
// Mojo (std/builtin/_format_float.mojo) runs a Dragonbox variant and then
// lays the digits out Python-style; docs/runtime.md lists the rules and their
// sources. Here std::to_chars supplies the shortest round-trip digits, and two
// corrections turn them into Mojo's digits where its Dragonbox port differs
// from the reference (Ryu/to_chars) semantics:
//  1. Mojo always includes both ends of the rounding interval, even for an odd
//     significand, so a shorter decimal lying exactly on the boundary wins.
//  2. Mojo breaks an exact tie between two shortest candidates upwards (away
//     from zero), where to_chars picks the even one.
#include "ignis_runtime.h"

#include <charconv>
#include <string.h>

namespace {

/// A positive decimal Digits * 10^Exp, Digits without trailing zeros.
struct Decimal {
  uint64_t Digits;
  int Exp;
};

int countDigits(uint64_t V) {
  int N = 1;
  while (V >= 10) {
    V /= 10;
    ++N;
  }
  return N;
}

Decimal stripZeros(Decimal D) {
  while (D.Digits != 0 && D.Digits % 10 == 0) {
    D.Digits /= 10;
    ++D.Exp;
  }
  return D;
}

/// The exact decimal value of M * 2^Q (M > 0), if its significand fits in
/// 64 bits.
bool exactDecimal(uint64_t M, int Q, Decimal &Out) {
  while ((M & 1) == 0) {
    M >>= 1;
    ++Q;
  }
  if (Q >= 0) {
    // M * 2^Q: each factor 5 of M pairs with a factor 2 into a trailing zero.
    int Tens = 0;
    while (Tens < Q && M % 5 == 0) {
      M /= 5;
      ++Tens;
    }
    int Shift = Q - Tens;
    if (Shift >= 64 || (Shift > 0 && (M >> (64 - Shift)) != 0))
      return false;
    Out = {M << Shift, Tens};
    return true;
  }
  // M / 2^-Q == M * 5^-Q / 10^-Q, and M * 5^-Q is odd: no trailing zeros.
  unsigned __int128 N = M;
  for (int I = 0; I < -Q; ++I) {
    N *= 5;
    if (N >> 64)
      return false;
  }
  Out = {static_cast<uint64_t>(N), Q};
  return true;
}

/// Mojo's digits for the finite, nonzero value M * 2^Q, given the shortest
/// round-trip digits S that to_chars produced for it.
Decimal mojoDigits(Decimal S, uint64_t M, int Q) {
  int N = countDigits(S.Digits);
  // (1) An odd significand's interval excludes its ends in IEEE round-to-
  // nearest-even, but Mojo's Dragonbox accepts them. Only one end can be a
  // decimal shorter than S (the interval is narrower than the next power of
  // ten's spacing); Dragonbox's larger-divisor step would find it.
  if (M & 1) {
    Decimal Ends[2];
    bool Have[2] = {exactDecimal(2 * M + 1, Q - 1, Ends[0]),
                    exactDecimal(2 * M - 1, Q - 1, Ends[1])};
    for (int I = 0; I < 2; ++I)
      if (Have[I] && countDigits(Ends[I].Digits) < N)
        return Ends[I];
  }
  // (2) A value exactly halfway between two N-digit candidates: Mojo takes
  // the upper one (its Dragonbox port drops the tie-to-even adjustments).
  Decimal X;
  if (exactDecimal(M, Q, X) && countDigits(X.Digits) == N + 1 &&
      X.Digits % 10 == 5)
    return stripZeros({X.Digits / 10 + 1, X.Exp + 1});
  return S;
}

/// Parses to_chars' scientific output "d[.ddd]e[+-]xx" into a Decimal.
Decimal parseScientific(const char *P, const char *End) {
  uint64_t Digits = 0;
  int Count = 0;
  for (; P != End && *P != 'e'; ++P) {
    if (*P == '.')
      continue;
    Digits = Digits * 10 + static_cast<uint64_t>(*P - '0');
    ++Count;
  }
  int Exp = 0;
  if (P != End)
    std::from_chars(P + 1 + (P[1] == '+'), End, Exp);
  return stripZeros({Digits, Exp - Count + 1});
}

/// Lays out D the way Mojo does: plain notation for decimal exponents -4..15,
/// otherwise d[.ddd]e+XX with at least two exponent digits.
char *writeDecimal(Decimal D, char *Out) {
  char Digits[24];
  int N = static_cast<int>(std::to_chars(Digits, Digits + 24, D.Digits).ptr -
                           Digits);
  int Sci = D.Exp + N - 1; // The exponent of the leading digit.
  if (Sci < -4 || Sci > 15) {
    *Out++ = Digits[0];
    if (N > 1) {
      *Out++ = '.';
      memcpy(Out, Digits + 1, static_cast<size_t>(N - 1));
      Out += N - 1;
    }
    *Out++ = 'e';
    *Out++ = Sci < 0 ? '-' : '+';
    int Abs = Sci < 0 ? -Sci : Sci;
    if (Abs < 10)
      *Out++ = '0';
    return std::to_chars(Out, Out + 8, Abs).ptr;
  }
  if (Sci < 0) {
    *Out++ = '0';
    *Out++ = '.';
    for (int I = 0; I < -Sci - 1; ++I)
      *Out++ = '0';
    memcpy(Out, Digits, static_cast<size_t>(N));
    return Out + N;
  }
  int IntDigits = Sci + 1;
  if (N <= IntDigits) {
    memcpy(Out, Digits, static_cast<size_t>(N));
    Out += N;
    for (int I = N; I < IntDigits; ++I)
      *Out++ = '0';
    *Out++ = '.';
    *Out++ = '0';
    return Out;
  }
  memcpy(Out, Digits, static_cast<size_t>(IntDigits));
  Out += IntDigits;
  *Out++ = '.';
  memcpy(Out, Digits + IntDigits, static_cast<size_t>(N - IntDigits));
  return Out + (N - IntDigits);
}

/// Shared driver: Float is double or float, with MantBits explicit bits and
/// the given exponent bias; Bits is the value's bit pattern.
template <typename Float, typename UInt, int MantBits, int Bias>
int64_t formatFloat(Float V, UInt Bits, char *Buf) {
  constexpr int TotalBits = sizeof(UInt) * 8;
  constexpr UInt MantMask = (UInt(1) << MantBits) - 1;
  constexpr UInt ExpMask = (UInt(1) << (TotalBits - 1 - MantBits)) - 1;
  bool Negative = (Bits >> (TotalBits - 1)) != 0;
  UInt Frac = Bits & MantMask;
  int BiasedExp = static_cast<int>((Bits >> MantBits) & ExpMask);
  char *Out = Buf;
  if (BiasedExp == static_cast<int>(ExpMask)) {
    // Mojo prints NaN as "nan" whatever its sign bit.
    const char *Text = Frac != 0 ? "nan" : Negative ? "-inf" : "inf";
    size_t Len = strlen(Text);
    memcpy(Buf, Text, Len);
    return static_cast<int64_t>(Len);
  }
  if (Negative)
    *Out++ = '-';
  if (BiasedExp == 0 && Frac == 0) {
    memcpy(Out, "0.0", 3);
    return Out + 3 - Buf;
  }
  uint64_t M = Frac;
  int Q = 1 - Bias - MantBits;
  if (BiasedExp != 0) {
    M |= uint64_t(1) << MantBits;
    Q = BiasedExp - Bias - MantBits;
  }
  char Tmp[64];
  Float Abs = Negative ? -V : V;
  auto R =
      std::to_chars(Tmp, Tmp + sizeof(Tmp), Abs, std::chars_format::scientific);
  Decimal D = mojoDigits(parseScientific(Tmp, R.ptr), M, Q);
  return writeDecimal(D, Out) - Buf;
}

float halfToFloat(uint16_t H) {
  uint32_t Sign = static_cast<uint32_t>(H & 0x8000) << 16;
  int Exp = (H >> 10) & 0x1f;
  uint32_t Frac = H & 0x3ff;
  uint32_t Bits;
  if (Exp == 0x1f) {
    Bits = Sign | 0x7f800000u | (Frac << 13);
  } else if (Exp == 0) {
    if (Frac == 0) {
      Bits = Sign;
    } else {
      // Subnormal half: normalise, since every one is a normal float.
      int E = 1;
      while ((Frac & 0x400) == 0) {
        Frac <<= 1;
        --E;
      }
      Bits = Sign | (static_cast<uint32_t>(E - 15 + 127) << 23) |
             ((Frac & 0x3ff) << 13);
    }
  } else {
    Bits = Sign | (static_cast<uint32_t>(Exp - 15 + 127) << 23) | (Frac << 13);
  }
  float F;
  memcpy(&F, &Bits, sizeof(F));
  return F;
}

} // namespace

extern "C" int64_t ignis_rt_format_f64(double V, char *Buf) {
  uint64_t Bits;
  memcpy(&Bits, &V, sizeof(Bits));
  return formatFloat<double, uint64_t, 52, 1023>(V, Bits, Buf);
}

extern "C" int64_t ignis_rt_format_f32(float V, char *Buf) {
  uint32_t Bits;
  memcpy(&Bits, &V, sizeof(Bits));
  return formatFloat<float, uint32_t, 23, 127>(V, Bits, Buf);
}

// Mojo widens Float16 and BFloat16 to Float32 and prints the Float32's
// shortest digits (so Float16(0.1) prints 0.099975586).
extern "C" int64_t ignis_rt_format_f16(uint16_t Bits, char *Buf) {
  return ignis_rt_format_f32(halfToFloat(Bits), Buf);
}

extern "C" int64_t ignis_rt_format_bf16(uint16_t Bits, char *Buf) {
  uint32_t Wide = static_cast<uint32_t>(Bits) << 16;
  float F;
  memcpy(&F, &Wide, sizeof(F));
  return ignis_rt_format_f32(F, Buf);
}
