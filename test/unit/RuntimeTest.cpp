//===- RuntimeTest.cpp - The C runtime: float/int formatting, memory, exit ===//
#include "stdlib/runtime/ignis_runtime.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <random>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
// ASan's allocator stops the process on an impossible request unless told to
// fail like malloc does; the runtime's own out-of-memory path is under test.
extern "C" const char *__asan_default_options() {
  return "allocator_may_return_null=1";
}
#endif
#endif

namespace {

std::string f64(double V) {
  char Buf[64];
  int64_t N = ignis_rt_format_f64(V, Buf);
  EXPECT_GT(N, 0);
  EXPECT_LE(N, 64);
  return std::string(Buf, static_cast<size_t>(N));
}

std::string f32(float V) {
  char Buf[64];
  int64_t N = ignis_rt_format_f32(V, Buf);
  EXPECT_GT(N, 0);
  EXPECT_LE(N, 64);
  return std::string(Buf, static_cast<size_t>(N));
}

std::string f16(uint16_t Bits) {
  char Buf[64];
  return std::string(Buf, static_cast<size_t>(ignis_rt_format_f16(Bits, Buf)));
}

std::string bf16(uint16_t Bits) {
  char Buf[64];
  return std::string(Buf, static_cast<size_t>(ignis_rt_format_bf16(Bits, Buf)));
}

double bitsToDouble(uint64_t B) {
  double D;
  memcpy(&D, &B, sizeof(D));
  return D;
}

float bitsToFloat(uint32_t B) {
  float F;
  memcpy(&F, &B, sizeof(F));
  return F;
}

uint64_t doubleBits(double D) {
  uint64_t B;
  memcpy(&B, &D, sizeof(B));
  return B;
}

uint32_t floatBits(float F) {
  uint32_t B;
  memcpy(&B, &F, sizeof(B));
  return B;
}

// Mojo's text is not valid strtod input only in the exponent ("1e+20" is);
// it always is, so parsing back needs no rewriting.
double parse64(const std::string &S) { return strtod(S.c_str(), nullptr); }
float parse32(const std::string &S) { return strtof(S.c_str(), nullptr); }

//===----------------------------------------------------------------------===//
// The cases of Mojo's own test, std/test/builtin/test_format_float.mojo
//===----------------------------------------------------------------------===//

TEST(RuntimeFormatFloat, MojoFloat64Cases) {
  struct Case {
    const char *Text;
    double Value;
  } Cases[] = {
      {"0.0", 0.0},
      {"-0.0", -0.0},
      {"1.0", 1.0},
      {"-1.0", -1.0},
      {"42.0", 42.0},
      {"0.5", 0.5},
      {"-0.5", -0.5},
      {"1.23", 1.23},
      {"-1.23", -1.23},
      {"1.18e-38", 1.18e-38},
      {"-1.18e-38", -1.18e-38},
      {"1e-35", 1e-35},
      {"-1e-35", -1e-35},
      {"1e+35", 1e35},
      {"-1e+35", -1e35},
      {"1230000000000000.0", 1.23e15},
      {"-1230000000000000.0", -1.23e15},
      {"1.23e-15", 1.23e-15},
      {"-1.23e-15", -1.23e-15},
      {"1.23e+20", 1.23e20},
      {"-1.23e+20", -1.23e20},
      {"999990000000000.0", 9.9999e14},
      {"-999990000000000.0", -9.9999e14},
      {"1000000000000000.0", 1e15},
      {"-1000000000000000.0", -1e15},
      {"0.3333", 0.3333},
      {"-0.3333", -0.3333},
      {"0.6666", 0.6666},
      {"3.141592653589793", 3.141592653589793},
      {"-3.141592653589793", -3.141592653589793},
      {"1.999999999999999", 1.999999999999999},
      {"-1.999999999999999", -1.999999999999999},
      {"2.0000000000000004", 2.0000000000000004},
      {"-2.0000000000000004", -2.0000000000000004},
      {"2.2250738585072014e-308", 2.2250738585072014e-308},
      {"-2.2250738585072014e-308", -2.2250738585072014e-308},
      {"1.7976931348623157e+308", 1.7976931348623157e308},
      {"-1.7976931348623157e+308", -1.7976931348623157e308},
      {"1000000.0", 1000000.0},
      {"1e-06", 0.000001},
      {"1.1", 1.100},
      {"-1.1", -1.100},
      {"1.001", 1.0010},
      {"-1.001", -1.0010},
      {"999999.999999", 999999.999999},
      {"-999999.999999", -999999.999999},
      {"9.99999e-07", 0.000000999999},
      {"-9.99999e-07", -0.000000999999},
  };
  for (const Case &C : Cases)
    EXPECT_EQ(f64(C.Value), C.Text) << "value " << C.Value;
}

TEST(RuntimeFormatFloat, MojoFloat32Cases) {
  struct Case {
    const char *Text;
    float Value;
  } Cases[] = {
      {"0.0", 0.0f},
      {"-0.0", -0.0f},
      {"1.0", 1.0f},
      {"-1.0", -1.0f},
      {"42.0", 42.0f},
      {"0.5", 0.5f},
      {"-0.5", -0.5f},
      {"1.23", 1.23f},
      {"-1.23", -1.23f},
      {"1.18e-38", 1.18e-38f},
      {"-1.18e-38", -1.18e-38f},
      {"1e-35", 1e-35f},
      {"-1e-35", -1e-35f},
      {"1e+35", 1e35f},
      {"-1e+35", -1e35f},
      {"3.4e+38", 3.4e38f},
      {"-3.4e+38", -3.4e38f},
      {"1.23e-35", 1.23e-35f},
      {"-1.23e-35", -1.23e-35f},
      {"1.23e+35", 1.23e35f},
      {"-1.23e+35", -1.23e35f},
      {"999990000000000.0", 9.9999e14f},
      {"-999990000000000.0", -9.9999e14f},
      {"1000000000000000.0", 1e15f},
      {"-1000000000000000.0", -1e15f},
      {"0.3333", 0.3333f},
      {"-0.3333", -0.3333f},
      {"0.6666", 0.6666f},
      {"3.141593", 3.141593f},
      {"-3.141593", -3.141593f},
      {"1.9999999", 1.9999999f},
      {"-1.9999999", -1.9999999f},
      {"2.0000002", 2.0000002f},
      {"-2.0000002", -2.0000002f},
      {"1e-45", 1.4e-44f / 10},
      {"-1e-45", -1.4e-44f / 10},
      {"3.4028235e+38", 3.4028234e38f},
      {"-3.4028235e+38", -3.4028234e38f},
      {"1.1754944e-38", 1.1754944e-38f},
      {"-1.1754944e-38", -1.1754944e-38f},
      {"100000.0", 100000.0f},
      {"1e-06", 0.000001f},
      {"1.1", 1.100f},
      {"-1.1", -1.100f},
      {"1.001", 1.0010f},
      {"-1.001", -1.0010f},
      {"99999.99", 99999.99f},
      {"-99999.99", -99999.99f},
      {"9.99e-05", 0.0000999f},
      {"-9.99e-05", -0.0000999f},
      {"2.0", 2.0f},
      {"4.0", 4.0f},
      {"8.0", 8.0f},
      {"16.0", 16.0f},
      {"32.0", 32.0f},
      {"64.0", 64.0f},
      {"128.0", 128.0f},
      {"16777216.0", 16777216.0f},
      {"16777216.0", 16777217.0f},
      {"1.0000001", 1.000000119f},
      {"0.9999999", 0.999999881f},
  };
  for (const Case &C : Cases)
    EXPECT_EQ(f32(C.Value), C.Text) << "value " << C.Value;
}

//===----------------------------------------------------------------------===//
// Layout rules
//===----------------------------------------------------------------------===//

TEST(RuntimeFormatFloat, SpecialValues) {
  double Inf = std::numeric_limits<double>::infinity();
  double NaN = std::numeric_limits<double>::quiet_NaN();
  EXPECT_EQ(f64(Inf), "inf");
  EXPECT_EQ(f64(-Inf), "-inf");
  EXPECT_EQ(f64(NaN), "nan");
  EXPECT_EQ(f64(-NaN), "nan"); // the sign of a NaN is not printed
  EXPECT_EQ(f64(bitsToDouble(0x7ff0000000000001)), "nan"); // signalling
  EXPECT_EQ(f32(std::numeric_limits<float>::infinity()), "inf");
  EXPECT_EQ(f32(-std::numeric_limits<float>::infinity()), "-inf");
  EXPECT_EQ(f32(std::numeric_limits<float>::quiet_NaN()), "nan");
  EXPECT_EQ(f32(bitsToFloat(0xffc00001)), "nan");
  EXPECT_EQ(f32(-0.0f), "-0.0");
}

TEST(RuntimeFormatFloat, IntegralValuesKeepPointZero) {
  EXPECT_EQ(f64(100.0), "100.0");
  EXPECT_EQ(f64(-7.0), "-7.0");
  EXPECT_EQ(f64(10.0), "10.0");
  EXPECT_EQ(f64(1e15), "1000000000000000.0");
  EXPECT_EQ(f64(9999999999999998.0), "9999999999999998.0"); // exponent 15
  EXPECT_EQ(f64(123456789012345.0), "123456789012345.0");
  EXPECT_EQ(f64(4503599627370497.0), "4503599627370497.0");
  EXPECT_EQ(f32(16777215.0f), "16777215.0");
  EXPECT_EQ(f32(1e10f), "10000000000.0");
}

TEST(RuntimeFormatFloat, ScientificAboveExponent15) {
  EXPECT_EQ(f64(1e16), "1e+16");
  EXPECT_EQ(f64(1e20), "1e+20");
  EXPECT_EQ(f64(2.5e16), "2.5e+16");
  EXPECT_EQ(f64(12345678901234567890.0), "1.2345678901234567e+19");
  EXPECT_EQ(f64(1e100), "1e+100");
  EXPECT_EQ(f64(-1.5e300), "-1.5e+300");
  EXPECT_EQ(f64(1e308), "1e+308");
  EXPECT_EQ(f64(9007199254740993.0), "9007199254740992.0"); // rounds on parse
  EXPECT_EQ(f64(18014398509481984.0), "1.8014398509481984e+16");
  EXPECT_EQ(f32(1e16f), "1e+16");
  EXPECT_EQ(f32(3e38f), "3e+38");
}

TEST(RuntimeFormatFloat, SmallValues) {
  EXPECT_EQ(f64(0.1), "0.1");
  EXPECT_EQ(f64(0.05), "0.05");
  EXPECT_EQ(f64(0.001), "0.001");
  EXPECT_EQ(f64(0.0001), "0.0001"); // exponent -4 stays plain
  EXPECT_EQ(f64(0.00012345), "0.00012345");
  EXPECT_EQ(f64(0.00001), "1e-05"); // exponent -5 switches
  EXPECT_EQ(f64(0.000012345), "1.2345e-05");
  EXPECT_EQ(f64(1.5e-10), "1.5e-10");
  EXPECT_EQ(f64(1e-100), "1e-100");
  EXPECT_EQ(f64(1.23e-100), "1.23e-100");
  EXPECT_EQ(f64(0.1 + 0.2), "0.30000000000000004");
  EXPECT_EQ(f64(1.0 / 3.0), "0.3333333333333333");
  EXPECT_EQ(f64(2.0 / 3.0), "0.6666666666666666");
  EXPECT_EQ(f64(123.456), "123.456");
  EXPECT_EQ(f64(2.5), "2.5");
  EXPECT_EQ(f32(0.1f), "0.1");
  EXPECT_EQ(f32(0.3f), "0.3");
  EXPECT_EQ(f32(1.0f / 3.0f), "0.33333334");
  EXPECT_EQ(f32(0.0001f), "0.0001");
  EXPECT_EQ(f32(0.00001f), "1e-05");
  EXPECT_EQ(f32(3.14159f), "3.14159");
  EXPECT_EQ(f32(1.23e-15f), "1.23e-15");
  EXPECT_EQ(f32(1.23e20f), "1.23e+20");
}

TEST(RuntimeFormatFloat, Denormals) {
  EXPECT_EQ(f64(5e-324), "5e-324");
  EXPECT_EQ(f64(-5e-324), "-5e-324");
  EXPECT_EQ(f64(1e-323), "1e-323");
  EXPECT_EQ(f64(bitsToDouble(3)), "1.5e-323");
  EXPECT_EQ(f64(bitsToDouble(0x000fffffffffffff)), "2.225073858507201e-308");
  EXPECT_EQ(f64(bitsToDouble(0x0008000000000000)), "1.1125369292536007e-308");
  EXPECT_EQ(f64(1e-310), "1e-310");
  EXPECT_EQ(f32(bitsToFloat(1)), "1e-45");
  EXPECT_EQ(f32(bitsToFloat(2)), "3e-45");
  EXPECT_EQ(f32(bitsToFloat(3)), "4e-45");
  EXPECT_EQ(f32(bitsToFloat(0x007fffff)), "1.1754942e-38");
  EXPECT_EQ(f32(1e-40f), "1e-40");
}

// Mojo's Dragonbox port drops the reference's tie-to-even adjustments, so an
// exact tie between two shortest candidates goes up (away from zero). These
// are the two power-of-two values Dragonbox singles out for it.
TEST(RuntimeFormatFloat, TiesRoundUpLikeMojo) {
  // 2^-25 = 2.98023223876953125e-08 exactly; to_chars/Python give ...312.
  EXPECT_EQ(f64(std::ldexp(1.0, -25)), "2.9802322387695313e-08");
  EXPECT_EQ(f64(-std::ldexp(1.0, -25)), "-2.9802322387695313e-08");
  // 2^-12 = 0.000244140625 exactly; to_chars gives 0.00024414062.
  EXPECT_EQ(f32(std::ldexp(1.0f, -12)), "0.00024414063");
  // Both candidates still parse back to the same value.
  EXPECT_EQ(parse64(f64(std::ldexp(1.0, -25))), std::ldexp(1.0, -25));
  EXPECT_EQ(parse32(f32(std::ldexp(1.0f, -12))), std::ldexp(1.0f, -12));
}

// Mojo's Dragonbox always includes both ends of the rounding interval; for an
// odd significand the end is not the value's, so this output does not round-
// trip. 9e9 is exactly halfway between two floats; the odd one is 9e9 + 512.
TEST(RuntimeFormatFloat, ClosedIntervalQuirkLikeMojo) {
  EXPECT_EQ(f32(9000000512.0f), "9000000000.0");
  EXPECT_EQ(f32(8999999488.0f), "9000000000.0"); // the even one, correctly
  EXPECT_EQ(f32(-9000000512.0f), "-9000000000.0");
}

// Values where Mojo's text differs from std::to_chars' shortest digits,
// checked against a transcription of Mojo's _to_decimal (docs/runtime.md).
TEST(RuntimeFormatFloat, AgreesWithMojoWhereToCharsDiffers) {
  struct Case64 {
    uint64_t Bits;
    const char *Mojo; // to_chars would give the comment's digits
  } Cases64[] = {
      {0x436c71c540a980bd, "6.405113084195786e+16"},  // 6.4051130841957864
      {0x435501fc3d061f79, "2.365262951248637e+16"},  // 2.3652629512486372
      {0x435d1f553c593e7f, "3.278890107908761e+16"},  // 3.2788901079087612
      {0x4356912cdaf4081b, "2.540828530259569e+16"},  // 2.5408285302595692
      {0xc352bd06b153301f, "-2.109754409305715e+16"}, // -2.1097544093057148
  };
  for (const Case64 &C : Cases64)
    EXPECT_EQ(f64(bitsToDouble(C.Bits)), C.Mojo) << std::hex << C.Bits;
  struct Case32 {
    uint32_t Bits;
    const char *Mojo;
  } Cases32[] = {
      {0x48d25234, "430737.63"},    // tie: 430737.625 exactly; to_chars .62
      {0xc9f8ec02, "-2039168.3"},   // tie: -2039168.25; to_chars .2
      {0xca107fd9, "-2367478.3"},   // tie
      {0x49a17cb2, "1322902.3"},    // tie
      {0xccda6559, "-114502340.0"}, // interval end; to_chars -114502344
      {0xcc40df61, "-50560390.0"},  // interval end; to_chars -50560388
      {0xcc38ae77, "-48413150.0"},  // interval end; to_chars -48413148
      {0x4c239173, "42878410.0"},   // interval end; to_chars 42878412
  };
  for (const Case32 &C : Cases32)
    EXPECT_EQ(f32(bitsToFloat(C.Bits)), C.Mojo) << std::hex << C.Bits;
}

TEST(RuntimeFormatFloat, Float16AndBFloat16WidenToFloat32) {
  EXPECT_EQ(f16(0x0000), "0.0");
  EXPECT_EQ(f16(0x8000), "-0.0");
  EXPECT_EQ(f16(0x3c00), "1.0");
  EXPECT_EQ(f16(0xc000), "-2.0");
  EXPECT_EQ(f16(0x3800), "0.5");
  EXPECT_EQ(f16(0x5d10), "324.0");
  EXPECT_EQ(f16(0x7bff), "65504.0");
  EXPECT_EQ(f16(0x2e66), "0.099975586");   // Float16(0.1)
  EXPECT_EQ(f16(0x3555), "0.33325195");    // Float16(1/3)
  EXPECT_EQ(f16(0x0001), "5.9604645e-08"); // smallest subnormal, 2^-24
  EXPECT_EQ(f16(0x03ff), "6.097555e-05");  // largest subnormal
  EXPECT_EQ(f16(0x0400), "6.1035156e-05"); // smallest normal, 2^-14
  EXPECT_EQ(f16(0x7c00), "inf");
  EXPECT_EQ(f16(0xfc00), "-inf");
  EXPECT_EQ(f16(0x7e00), "nan");
  EXPECT_EQ(bf16(0x3f80), "1.0");
  EXPECT_EQ(bf16(0x4000), "2.0");
  EXPECT_EQ(bf16(0x3dcd), "0.100097656"); // BFloat16(0.1)
  EXPECT_EQ(bf16(0xc2f7), "-123.5");
  EXPECT_EQ(bf16(0x7f80), "inf");
  EXPECT_EQ(bf16(0xff80), "-inf");
  EXPECT_EQ(bf16(0x7fc0), "nan");
  EXPECT_EQ(bf16(0x0001), "9.1835e-41"); // a Float32 subnormal
  // Every half widens exactly, so its text parses back to the same value.
  for (uint32_t B = 0; B < 0x10000; ++B) {
    if ((B & 0x7c00) == 0x7c00)
      continue;
    std::string S = f16(static_cast<uint16_t>(B));
    float Back = parse32(S);
    uint32_t Exp = (B >> 10) & 0x1f, Frac = B & 0x3ff;
    double Want = Exp == 0 ? std::ldexp(double(Frac), -24)
                           : std::ldexp(double(Frac | 0x400), int(Exp) - 25);
    if (B & 0x8000)
      Want = -Want;
    ASSERT_EQ(double(Back), Want) << std::hex << B << " printed " << S;
  }
}

/// Checks the layout invariants of Mojo's text: a point or an exponent,
/// exponent of at least two digits, no trailing zeros in the fraction except
/// the ".0" of an integral value.
void checkShape(const std::string &S) {
  size_t E = S.find('e');
  if (E == std::string::npos) {
    size_t Dot = S.find('.');
    ASSERT_NE(Dot, std::string::npos) << S;
    ASSERT_LT(Dot + 1, S.size()) << S;
    if (S.size() - Dot > 2)
      ASSERT_NE(S.back(), '0') << S;
    return;
  }
  ASSERT_TRUE(S[E + 1] == '+' || S[E + 1] == '-') << S;
  ASSERT_GE(S.size() - E - 2, 2u) << S;
  int Exp = atoi(S.c_str() + E + 1);
  ASSERT_TRUE(Exp > 15 || Exp < -4) << S;
  ASSERT_NE(S[E - 1], '0') << S;
  ASSERT_NE(S[E - 1], '.') << S;
}

TEST(RuntimeFormatFloat, RandomDoublesRoundTrip) {
  std::mt19937_64 Rng(20240501);
  for (int I = 0; I < 200000; ++I) {
    double D = bitsToDouble(Rng());
    if (!std::isfinite(D))
      continue;
    std::string S = f64(D);
    checkShape(S);
    // The closed-interval quirk: an odd significand above 2^53 may print
    // its interval's end, which parses to the even neighbour.
    uint64_t Back = doubleBits(parse64(S));
    if (Back != doubleBits(D)) {
      ASSERT_TRUE(doubleBits(D) & 1) << S;
      ASSERT_GE(std::fabs(D), 9007199254740992.0) << S;
      ASSERT_EQ(std::llabs(int64_t(Back - doubleBits(D))), 1) << S;
    }
  }
  // Values with few digits and every decimal exponent.
  for (int Exp = -320; Exp <= 308; ++Exp)
    for (int Mant : {1, 2, 5, 9, 12, 123, 999, 4567}) {
      std::string Text = std::to_string(Mant) + "e" + std::to_string(Exp);
      double D = strtod(Text.c_str(), nullptr);
      if (!std::isfinite(D))
        continue;
      std::string S = f64(D);
      ASSERT_EQ(doubleBits(parse64(S)), doubleBits(D)) << Text << " " << S;
      checkShape(S);
    }
}

TEST(RuntimeFormatFloat, RandomFloatsRoundTrip) {
  std::mt19937 Rng(7);
  for (int I = 0; I < 400000; ++I) {
    float F = bitsToFloat(Rng());
    if (!std::isfinite(F))
      continue;
    std::string S = f32(F);
    // Only the closed-interval quirk breaks round trips: an odd significand
    // with an exponent large enough for its interval end to be a short
    // integer; the text then parses to the even neighbour.
    checkShape(S);
    uint32_t Back = floatBits(parse32(S));
    if (Back != floatBits(F)) {
      ASSERT_TRUE(floatBits(F) & 1) << S;
      ASSERT_GT(std::fabs(F), 16777216.0f) << S;
      ASSERT_EQ(std::abs(int32_t(Back - floatBits(F))), 1) << S;
    }
  }
}

TEST(RuntimeFormatFloat, PowersOfTwoAndTen) {
  for (int E = -1074; E <= 1023; ++E) {
    double D = std::ldexp(1.0, E);
    std::string S = f64(D);
    ASSERT_EQ(parse64(S), D) << S;
    checkShape(S);
  }
  for (int E = -149; E <= 127; ++E) {
    float F = std::ldexp(1.0f, E);
    std::string S = f32(F);
    ASSERT_EQ(parse32(S), F) << S;
    checkShape(S);
  }
  EXPECT_EQ(f64(1e22), "1e+22");
  EXPECT_EQ(f64(1e23), "1e+23");
  EXPECT_EQ(f64(std::ldexp(1.0, 60)), "1.152921504606847e+18");
  EXPECT_EQ(f64(std::ldexp(1.0, -1074)), "5e-324");
  EXPECT_EQ(f32(std::ldexp(1.0f, 24)), "16777216.0");
}

TEST(RuntimeFormatFloat, OutputFitsIn64Bytes) {
  char Buf[80];
  memset(Buf, '#', sizeof(Buf));
  ignis_rt_format_f64(-2.2250738585072014e-308, Buf);
  ignis_rt_format_f64(-0.00012345678901234567, Buf);
  ignis_rt_format_f64(-1234567890123456.7, Buf);
  for (int I = 64; I < 80; ++I)
    EXPECT_EQ(Buf[I], '#');
}

//===----------------------------------------------------------------------===//
// Integers
//===----------------------------------------------------------------------===//

TEST(RuntimeFormatInt, SignedAndUnsigned) {
  char Buf[64];
  auto Int = [&](int64_t V) {
    return std::string(Buf, static_cast<size_t>(ignis_rt_format_int(V, Buf)));
  };
  auto UInt = [&](uint64_t V) {
    return std::string(Buf, static_cast<size_t>(ignis_rt_format_uint(V, Buf)));
  };
  EXPECT_EQ(Int(0), "0");
  EXPECT_EQ(Int(-1), "-1");
  EXPECT_EQ(Int(42), "42");
  EXPECT_EQ(Int(INT64_MIN), "-9223372036854775808");
  EXPECT_EQ(Int(INT64_MAX), "9223372036854775807");
  EXPECT_EQ(UInt(0), "0");
  EXPECT_EQ(UInt(UINT64_MAX), "18446744073709551615");
  EXPECT_EQ(UInt(16646288086500911323ull), "16646288086500911323");
}

//===----------------------------------------------------------------------===//
// Memory, process, time
//===----------------------------------------------------------------------===//

TEST(RuntimeMemory, AlignmentAndRealloc) {
  for (int64_t Align : {0, 1, 8, 16, 32, 64, 4096}) {
    auto *P = static_cast<unsigned char *>(ignis_rt_alloc(100, Align));
    ASSERT_NE(P, nullptr);
    if (Align > 0)
      EXPECT_EQ(reinterpret_cast<uintptr_t>(P) % Align, 0u);
    for (int I = 0; I < 100; ++I)
      P[I] = static_cast<unsigned char>(I);
    P = static_cast<unsigned char *>(ignis_rt_realloc(P, 100, 5000, Align));
    if (Align > 0)
      EXPECT_EQ(reinterpret_cast<uintptr_t>(P) % Align, 0u);
    for (int I = 0; I < 100; ++I)
      ASSERT_EQ(P[I], I);
    P = static_cast<unsigned char *>(ignis_rt_realloc(P, 5000, 10, Align));
    for (int I = 0; I < 10; ++I)
      ASSERT_EQ(P[I], I);
    ignis_rt_free(P);
  }
  void *Zero = ignis_rt_alloc(0, 0);
  EXPECT_NE(Zero, nullptr);
  ignis_rt_free(Zero);
  ignis_rt_free(nullptr);
  void *Fresh = ignis_rt_realloc(nullptr, 0, 32, 64);
  EXPECT_EQ(reinterpret_cast<uintptr_t>(Fresh) % 64, 0u);
  ignis_rt_free(Fresh);
}

TEST(RuntimeProcess, ArgcArgv) {
  char A0[] = "prog", A1[] = "x", A2[] = "--flag";
  char *Argv[] = {A0, A1, A2, nullptr};
  ignis_rt_init(3, Argv);
  EXPECT_EQ(ignis_rt_argc(), 3);
  EXPECT_STREQ(ignis_rt_argv(0), "prog");
  EXPECT_STREQ(ignis_rt_argv(2), "--flag");
  EXPECT_EQ(ignis_rt_argv(3), nullptr);
  EXPECT_EQ(ignis_rt_argv(-1), nullptr);
}

TEST(RuntimeTime, Monotonic) {
  int64_t A = ignis_rt_perf_counter_ns();
  int64_t B = ignis_rt_perf_counter_ns();
  EXPECT_GT(A, 0);
  EXPECT_GE(B, A);
}

/// Runs Body in a child whose stdout and stderr go to pipes; returns the exit
/// status (or -signal) and what each stream got.
struct ChildResult {
  int Status;
  std::string Out, Err;
};

std::string drain(int FD) {
  std::string S;
  char Buf[4096];
  ssize_t N;
  while ((N = read(FD, Buf, sizeof(Buf))) > 0)
    S.append(Buf, static_cast<size_t>(N));
  close(FD);
  return S;
}

template <typename Fn> ChildResult runChild(Fn Body) {
  int Out[2], Err[2];
  EXPECT_EQ(pipe(Out), 0);
  EXPECT_EQ(pipe(Err), 0);
  pid_t Pid = fork();
  if (Pid == 0) {
    dup2(Out[1], 1);
    dup2(Err[1], 2);
    close(Out[0]);
    close(Err[0]);
    Body();
    _exit(0);
  }
  close(Out[1]);
  close(Err[1]);
  ChildResult R;
  R.Out = drain(Out[0]);
  R.Err = drain(Err[0]);
  int WS = 0;
  waitpid(Pid, &WS, 0);
  R.Status = WIFEXITED(WS) ? WEXITSTATUS(WS) : -WTERMSIG(WS);
  return R;
}

TEST(RuntimeOutput, FlushedAtExit) {
  // Flush anything gtest-side first so the child does not inherit it.
  ignis_rt_flush();
  ChildResult R = runChild([] {
    ignis_rt_init(0, nullptr);
    ignis_rt_write("hello ", 6);
    ignis_rt_write("world\n", 6);
    ignis_rt_exit(3);
  });
  EXPECT_EQ(R.Status, 3);
  EXPECT_EQ(R.Out, "hello world\n");
  EXPECT_EQ(R.Err, "");
}

TEST(RuntimeOutput, FlushedByReturnFromMain) {
  ignis_rt_flush();
  ChildResult R = runChild([] {
    ignis_rt_write("no newline", 10);
    exit(0); // what returning from main does: atexit handlers run
  });
  EXPECT_EQ(R.Status, 0);
  EXPECT_EQ(R.Out, "no newline");
}

TEST(RuntimeOutput, LargeWritesKeepOrder) {
  ignis_rt_flush();
  ChildResult R = runChild([] {
    std::string Big(100000, 'x');
    ignis_rt_write("a", 1);
    ignis_rt_write(Big.data(), static_cast<int64_t>(Big.size()));
    for (int I = 0; I < 5000; ++I)
      ignis_rt_write("0123456789", 10);
    ignis_rt_write_err("E", 1);
    ignis_rt_write("z", 1);
    ignis_rt_exit(0);
  });
  EXPECT_EQ(R.Out.size(), 1 + 100000 + 50000 + 1u);
  EXPECT_EQ(R.Out.front(), 'a');
  EXPECT_EQ(R.Out.back(), 'z');
  EXPECT_EQ(R.Out.substr(100001, 10), "0123456789");
  EXPECT_EQ(R.Err, "E");
}

TEST(RuntimeErrors, AbortFlushesAndExitsWithOne) {
  ignis_rt_flush();
  ChildResult R = runChild([] {
    ignis_rt_write("partial line", 12);
    ignis_rt_abort("something broke", 15);
  });
  EXPECT_EQ(R.Status, 1); // an exit status, not SIGABRT
  EXPECT_EQ(R.Out, "partial line");
  EXPECT_EQ(R.Err, "something broke\n");
}

TEST(RuntimeErrors, PanicBoundsMessage) {
  ignis_rt_flush();
  ChildResult R = runChild([] {
    ignis_rt_write("before\n", 7);
    ignis_rt_panic_bounds("main.mojo", 12, 7, 5);
  });
  EXPECT_EQ(R.Status, 1);
  EXPECT_EQ(R.Out, "before\n");
  EXPECT_EQ(R.Err, "main.mojo:12: index out of bounds: index 7, length 5\n");
}

TEST(RuntimeErrors, OutOfMemoryExitsWithOne) {
  ChildResult R = runChild([] { ignis_rt_alloc(INT64_MAX / 2, 16); });
  EXPECT_EQ(R.Status, 1);
  EXPECT_NE(R.Err.find("out of memory"), std::string::npos) << R.Err;
}

} // namespace
