//===- SimdLanes.cpp - Lane masks of `__builtin.shuffle` -------------------===//
#include "sema/SimdLanes.h"

using namespace ignis;

bool cir::getShuffleMask(llvm::ArrayRef<ComptimeValue> RawParams, unsigned WidthA,
                         unsigned WidthB, llvm::SmallVectorImpl<int64_t> &Mask,
                         std::string &Problem) {
  Mask.clear();
  // A variadic parameter (`shuffle[*mask: Int]` passing `mask`) arrives as
  // one list value: its elements are the lane numbers.
  llvm::SmallVector<ComptimeValue, 8> Params;
  for (const ComptimeValue &P : RawParams) {
    if (P.K == ComptimeValue::Kind::List)
      Params.append(P.Elems, P.Elems + P.Count);
    else
      Params.push_back(P);
  }
  int64_t A = WidthA, Total = int64_t(WidthA) + WidthB;
  auto Bad = [&](std::string Why) {
    Problem = std::move(Why);
    return false;
  };
  if (Params.empty())
    return Bad("no lanes");
  if (Params[0].K == ComptimeValue::Kind::Int) {
    for (const ComptimeValue &P : Params) {
      if (P.K != ComptimeValue::Kind::Int)
        return Bad("a lane index that is not an Int");
      if (P.Int < 0 || P.Int >= Total)
        return Bad("lane index " + std::to_string(P.Int) + " outside 0..." +
                   std::to_string(Total - 1));
      Mask.push_back(P.Int);
    }
    return true;
  }
  if (Params[0].K != ComptimeValue::Kind::String)
    return Bad("a lane pattern that is neither indices nor a name");
  llvm::StringRef Name = Params[0].Str;
  llvm::SmallVector<int64_t, 2> N;
  for (const ComptimeValue &P : llvm::ArrayRef<ComptimeValue>(Params).drop_front()) {
    if (P.K != ComptimeValue::Kind::Int)
      return Bad("a non-Int number in the '" + Name.str() + "' pattern");
    N.push_back(P.Int);
  }
  auto Need = [&](size_t Count) {
    return N.size() == Count
               ? true
               : Bad("'" + Name.str() + "' takes " + std::to_string(Count) +
                     " number(s)");
  };
  if (Name == "pick") {
    // Lanes of a alone (the one-vector shuffle).
    if (N.empty())
      return Bad("no lanes");
    for (int64_t I : N) {
      if (I < 0 || I >= A)
        return Bad("lane index " + std::to_string(I) + " outside 0..." +
                   std::to_string(A - 1));
      Mask.push_back(I);
    }
    return true;
  }
  if (Name == "slice") {
    if (!Need(2))
      return false;
    if (N[0] < 1 || N[1] < 0 || N[0] + N[1] > A)
      return Bad("slice of " + std::to_string(N[0]) + " lanes at offset " +
                 std::to_string(N[1]) + " of a " + std::to_string(A) +
                 "-lane vector");
    for (int64_t I = 0; I < N[0]; ++I)
      Mask.push_back(N[1] + I);
    return true;
  }
  if (Name == "join") {
    if (!Need(0))
      return false;
    for (int64_t I = 0; I < Total; ++I)
      Mask.push_back(I);
    return true;
  }
  if (Name == "interleave") {
    if (!Need(0))
      return false;
    if (WidthA != WidthB)
      return Bad("interleave of vectors of different widths");
    for (int64_t I = 0; I < Total; ++I)
      Mask.push_back((I % 2) * A + I / 2);
    return true;
  }
  if (Name == "deinterleave") {
    if (!Need(1))
      return false;
    if (A < 2 || A % 2 || N[0] < 0 || N[0] > 1)
      return Bad("deinterleave needs an even width and part 0 or 1");
    for (int64_t I = 0; I < A / 2; ++I)
      Mask.push_back(2 * I + N[0]);
    return true;
  }
  if (Name == "insert") {
    if (!Need(1))
      return false;
    if (N[0] < 0 || N[0] + WidthB > A)
      return Bad("insert of " + std::to_string(WidthB) + " lanes at offset " +
                 std::to_string(N[0]) + " of a " + std::to_string(A) +
                 "-lane vector");
    for (int64_t I = 0; I < A; ++I)
      Mask.push_back(I >= N[0] && I < N[0] + WidthB ? A + (I - N[0]) : I);
    return true;
  }
  if (Name == "reverse") {
    if (!Need(0))
      return false;
    for (int64_t I = 0; I < A; ++I)
      Mask.push_back(A - 1 - I);
    return true;
  }
  if (Name == "rotate") {
    if (!Need(1))
      return false;
    int64_t K = ((N[0] % A) + A) % A;
    for (int64_t I = 0; I < A; ++I)
      Mask.push_back((I + K) % A);
    return true;
  }
  if (Name == "shift") {
    if (!Need(1))
      return false;
    if (WidthB < 1)
      return Bad("shift needs a fill vector");
    for (int64_t I = 0; I < A; ++I) {
      int64_t From = I + N[0];
      Mask.push_back(From >= 0 && From < A ? From : A);
    }
    return true;
  }
  return Bad("unknown lane pattern '" + Name.str() + "'");
}
