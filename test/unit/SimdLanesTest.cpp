//===- SimdLanesTest.cpp - Lane masks of `__builtin.shuffle` patterns -----===//
#include "sema/SimdLanes.h"

#include <gtest/gtest.h>

using namespace ignis;

namespace {

std::vector<int64_t> maskOf(std::initializer_list<ComptimeValue> Params,
                            unsigned A, unsigned B, bool &OK,
                            std::string &Problem) {
  llvm::SmallVector<ComptimeValue, 4> P(Params);
  llvm::SmallVector<int64_t, 16> Mask;
  OK = cir::getShuffleMask(P, A, B, Mask, Problem);
  return std::vector<int64_t>(Mask.begin(), Mask.end());
}

std::vector<int64_t> mask(std::initializer_list<ComptimeValue> Params,
                          unsigned A, unsigned B) {
  bool OK;
  std::string Problem;
  auto M = maskOf(Params, A, B, OK, Problem);
  EXPECT_TRUE(OK) << Problem;
  return M;
}

ComptimeValue I(int64_t V) { return ComptimeValue::makeInt(V); }
ComptimeValue S(llvm::StringRef V) { return ComptimeValue::makeString(V); }

TEST(SimdLanes, Patterns) {
  using V = std::vector<int64_t>;
  EXPECT_EQ(mask({I(3), I(0), I(5)}, 4, 4), (V{3, 0, 5}));
  EXPECT_EQ(mask({S("pick"), I(1), I(1)}, 4, 4), (V{1, 1}));
  EXPECT_EQ(mask({S("slice"), I(2), I(1)}, 4, 4), (V{1, 2}));
  EXPECT_EQ(mask({S("join")}, 2, 3), (V{0, 1, 2, 3, 4}));
  EXPECT_EQ(mask({S("interleave")}, 2, 2), (V{0, 2, 1, 3}));
  EXPECT_EQ(mask({S("deinterleave"), I(1)}, 6, 6), (V{1, 3, 5}));
  EXPECT_EQ(mask({S("insert"), I(1)}, 4, 2), (V{0, 4, 5, 3}));
  EXPECT_EQ(mask({S("reverse")}, 3, 3), (V{2, 1, 0}));
  EXPECT_EQ(mask({S("rotate"), I(-1)}, 4, 4), (V{3, 0, 1, 2}));
  EXPECT_EQ(mask({S("shift"), I(2)}, 4, 4), (V{2, 3, 4, 4}));
  EXPECT_EQ(mask({S("shift"), I(-1)}, 4, 4), (V{4, 0, 1, 2}));
}

TEST(SimdLanes, Malformed) {
  bool OK;
  std::string Problem;
  maskOf({I(8)}, 4, 4, OK, Problem);
  EXPECT_FALSE(OK);
  EXPECT_EQ(Problem, "lane index 8 outside 0...7");
  maskOf({S("pick"), I(4)}, 4, 4, OK, Problem);
  EXPECT_EQ(Problem, "lane index 4 outside 0...3");
  maskOf({S("slice"), I(3), I(2)}, 4, 4, OK, Problem);
  EXPECT_EQ(Problem, "slice of 3 lanes at offset 2 of a 4-lane vector");
  maskOf({S("interleave")}, 4, 2, OK, Problem);
  EXPECT_EQ(Problem, "interleave of vectors of different widths");
  maskOf({S("deinterleave"), I(0)}, 3, 3, OK, Problem);
  EXPECT_FALSE(OK);
  maskOf({S("spin")}, 4, 4, OK, Problem);
  EXPECT_EQ(Problem, "unknown lane pattern 'spin'");
  maskOf({}, 4, 4, OK, Problem);
  EXPECT_FALSE(OK);
}

} // namespace
