// The cpu device's blocks of region kernels (IGNIS_KERNEL_REGIONS): codegen
// split the kernel at its barriers, so a block runs as a loop over its
// threads per region, each thread resuming where its last barrier left it,
// with its locals in a frame kept here. No fibers, no stack switches.
#include "CpuDevice.h"

#include <algorithm>
#include <map>
#include <stdlib.h>
#include <string.h>

using namespace ignis::gpu;
using namespace ignis::gpu::cpu;

namespace {

/// "barrier reached by only part of the block ..." as the fiber scheduler
/// words it: the waiting threads grouped by barrier, then the exited ones.
/// Records the fault of a barrier reached by part of the block. (Its
/// strings and vectors are gone before reportPartial leaves the thread:
/// abandonThread does not return, so nothing would destroy them.)
void recordPartial(Launch &L, int64_t N) {
  WorkerData &D = *TW.Data;
  std::vector<std::pair<int32_t, std::string>> Places;
  for (int64_t I = 0; I < N; ++I) {
    std::string Where = "exited";
    if (D.Resume[static_cast<size_t>(I)] >= 0) {
      const WorkerData::Site &S = D.Arrived[static_cast<size_t>(I)];
      Where = format("at the barrier at %s:%lld:%lld",
                     S.File ? S.File : "<unknown>",
                     static_cast<long long>(S.Line),
                     static_cast<long long>(S.Col));
    }
    Places.push_back({static_cast<int32_t>(I), Where});
  }
  std::string Msg = format("barrier reached by only part of the block in "
                           "kernel '%s': block %s: ",
                           kernelName(*L.K), blockText().c_str()) +
                    groupedThreadsText(Places);
  // Reported as the block's first thread, so the lowest block still wins.
  TW.ThreadLinear = 0;
  recordFault(Msg);
}

[[noreturn]] void reportPartial(Launch &L, int64_t N) {
  recordPartial(L, N);
  abandonThread();
}

} // namespace

void ignis::gpu::cpu::runBlockInRegions(Launch &L) {
  using Step = int64_t (*)(void **, int64_t, void *);
  auto Entry = reinterpret_cast<Step>(L.K->cpu_entry);
  WorkerData &D = *TW.Data;
  const int64_t N = L.ThreadsPerBlock;
  const auto FrameSize =
      static_cast<size_t>((std::max<int64_t>(L.K->cpu_frame_size, 1) + 15) &
                          ~int64_t(15));
  size_t Need = FrameSize * static_cast<size_t>(N);
  if (D.FramesSize < Need) {
    free(D.Frames);
    D.Frames = static_cast<unsigned char *>(aligned_alloc(64, (Need + 63) & ~size_t(63)));
    D.FramesSize = D.Frames ? Need : 0;
    if (!D.Frames) {
      TW.ThreadLinear = 0;
      recordFault(format("cannot allocate the frames of the %lld threads of "
                         "kernel '%s'",
                         static_cast<long long>(N), kernelName(*L.K)));
      abandonThread();
    }
  }
  TW.FrameLo = reinterpret_cast<uintptr_t>(D.Frames);
  TW.FrameHi = TW.FrameLo + Need;
  D.Resume.assign(static_cast<size_t>(N), 0);
  D.Arrived.resize(static_cast<size_t>(N));
  const int64_t Bx = L.Block[0], By = L.Block[1], Bz = L.Block[2];
  for (;;) {
    int64_t Waiting = 0, Lin = 0;
    for (int64_t Z = 0; Z < Bz; ++Z) {
      TW.Index[2] = Z;
      for (int64_t Y = 0; Y < By; ++Y) {
        TW.Index[1] = Y;
        for (int64_t X = 0; X < Bx; ++X, ++Lin) {
          int64_t &R = D.Resume[static_cast<size_t>(Lin)];
          if (R < 0)
            continue;
          checkStop();
          TW.Index[0] = X;
          TW.Index[12] = Lin & (WarpSize - 1);
          TW.Index[13] = Lin / WarpSize;
          TW.ThreadLinear = Lin;
          R = Entry(L.Args, R, D.Frames + FrameSize * static_cast<size_t>(Lin));
          if (R >= 0) {
            ++Waiting;
            D.Arrived[static_cast<size_t>(Lin)] = {TW.ArriveFile, TW.ArriveLine,
                                                   TW.ArriveCol};
          }
        }
      }
    }
    if (Waiting == 0)
      break;
    if (Waiting != N)
      reportPartial(L, N);
    // Everyone arrived: a new barrier interval.
    newInterval();
  }
  TW.FrameLo = TW.FrameHi = 0;
}

extern "C" void ignis_gpu_cpu_barrier_arrive(const char *File, int64_t Line,
                                             int64_t Col) {
  TW.ArriveFile = File;
  TW.ArriveLine = Line;
  TW.ArriveCol = Col;
}
