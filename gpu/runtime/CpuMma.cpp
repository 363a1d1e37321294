// The cpu device's warp mma (mma.sync): the 32 lanes' fragments gathered into
// whole tiles by NVIDIA's register layouts, multiplied exactly in float32,
// and D scattered back. The layouts mirror stdlib/layout/tensor_core.mojo.
#include "CpuDevice.h"

#include <string.h>

using namespace ignis::gpu;
using namespace ignis::gpu::cpu;

namespace {

struct MmaShape {
  int M, N, K;
  int ElemBytes; ///< of A and B: 4 (float32) or 2 (float16, bfloat16)
  bool Half;
};

MmaShape shapeOf(int64_t Kind) {
  switch (Kind) {
  case 0:
    return {16, 8, 8, 4, false};
  case 1:
    return {16, 8, 4, 4, false};
  default:
    return {16, 8, 16, 2, true};
  }
}

float halfToFloat(uint16_t H) {
  _Float16 F;
  memcpy(&F, &H, 2);
  return static_cast<float>(F);
}

float bf16ToFloat(uint16_t H) {
  uint32_t Bits = static_cast<uint32_t>(H) << 16;
  float F;
  memcpy(&F, &Bits, 4);
  return F;
}

float element(int64_t Kind, const void *Regs, int I) {
  if (Kind <= 1)
    return static_cast<const float *>(Regs)[I];
  uint16_t H = static_cast<const uint16_t *>(Regs)[I];
  return Kind == 2 ? halfToFloat(H) : bf16ToFloat(H);
}

} // namespace

void ignis::gpu::cpu::warpMma(int64_t Kind, void *const A[WarpSize],
                              void *const B[WarpSize], void *const C[WarpSize],
                              void *const D[WarpSize]) {
  const MmaShape S = shapeOf(Kind);
  float TA[16][16], TB[16][8], TC[16][8];
  const int ARegs = S.M * S.K / WarpSize, BRegs = S.K * S.N / WarpSize;
  for (int Lane = 0; Lane < WarpSize; ++Lane) {
    const int G = Lane / 4, T = Lane % 4;
    for (int I = 0; I < ARegs; ++I) {
      int Row, Col;
      if (S.Half) {
        Row = G + 8 * ((I / 2) % 2);
        Col = 2 * T + I % 2 + 8 * (I / 4);
      } else if (S.K == 8) {
        Row = G + 8 * (I % 2);
        Col = T + 4 * (I / 2);
      } else {
        Row = G + 8 * I;
        Col = T;
      }
      TA[Row][Col] = element(Kind, A[Lane], I);
    }
    for (int I = 0; I < BRegs; ++I) {
      int Row = S.Half ? 2 * T + I % 2 + 8 * (I / 2) : T + 4 * I;
      TB[Row][G] = element(Kind, B[Lane], I);
    }
    for (int I = 0; I < 4; ++I)
      TC[G + 8 * (I / 2)][2 * T + I % 2] = static_cast<const float *>(C[Lane])[I];
  }
  // Each lane's C and D may be the same registers: all of C is read above.
  for (int Lane = 0; Lane < WarpSize; ++Lane) {
    const int G = Lane / 4, T = Lane % 4;
    for (int I = 0; I < 4; ++I) {
      int Row = G + 8 * (I / 2), Col = 2 * T + I % 2;
      float Acc = TC[Row][Col];
      for (int K = 0; K < S.K; ++K)
        Acc += TA[Row][K] * TB[K][Col];
      static_cast<float *>(D[Lane])[I] = Acc;
    }
  }
}
