//===- GpuContextTest.cpp - Contexts, device choice, drivers that are not
// there, memory copies and fills, attributes ----------------------------===//
#include "GpuTestSupport.h"

#include <fcntl.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace ignis::gpu::test;

namespace {

bool cudaPresent() { return ignis_gpu_number_of_devices("cuda", 4) > 0; }
bool hipPresent() { return ignis_gpu_number_of_devices("hip", 3) > 0; }

/// Runs FN in a child process and returns what it wrote on stderr (the
/// cpu-fallback notice is printed once per process).
template <typename Fn> std::string childStderr(Fn F) {
  int Pipe[2];
  if (pipe(Pipe) != 0)
    return "<pipe failed>";
  pid_t Pid = fork();
  if (Pid == 0) {
    dup2(Pipe[1], 2);
    close(Pipe[0]);
    F();
    _exit(0);
  }
  close(Pipe[1]);
  std::string Out;
  char Buf[256];
  ssize_t N;
  while ((N = read(Pipe[0], Buf, sizeof(Buf))) > 0)
    Out.append(Buf, size_t(N));
  close(Pipe[0]);
  int Status = 0;
  waitpid(Pid, &Status, 0);
  return Out;
}

TEST(GpuContext, CudaAndHipUnavailable) {
  if (cudaPresent() || hipPresent())
    GTEST_SKIP() << "a GPU driver is present";
  EXPECT_EQ(ignis_gpu_ctx_create("cuda", 4, 0), nullptr);
  EXPECT_STREQ(ignis_gpu_last_error(), "no CUDA driver found (libcuda.so.1)");
  EXPECT_EQ(ignis_gpu_ctx_create("hip", 3, 0), nullptr);
  EXPECT_STREQ(ignis_gpu_last_error(), "no HIP runtime found (libamdhip64.so)");
  EXPECT_EQ(ignis_gpu_number_of_devices("cuda", 4), 0);
  EXPECT_EQ(ignis_gpu_number_of_devices("hip", 3), 0);
  EXPECT_EQ(ignis_gpu_number_of_devices("", 0), 0);
  EXPECT_EQ(ignis_gpu_number_of_devices("cpu", 3), 1);
  EXPECT_EQ(ignis_gpu_has_accelerator(), 0);
  EXPECT_EQ(ignis_gpu_has_nvidia_gpu(), 0);
  EXPECT_EQ(ignis_gpu_has_amd_gpu(), 0);
}

TEST(GpuContext, DefaultFallsBackToTheCpuDeviceWithANotice) {
  if (cudaPresent() || hipPresent())
    GTEST_SKIP() << "a GPU driver is present";
  std::string Err = childStderr([] {
    unsetenv("IGNIS_DEVICE");
    for (int I = 0; I < 2; ++I) {
      void *Ctx = ignis_gpu_ctx_create("", 0, 0);
      if (!Ctx || ignis_gpu_ctx_api(Ctx) != IGNIS_GPU_API_CPU)
        _exit(1);
      ignis_gpu_ctx_destroy(Ctx);
    }
  });
  EXPECT_EQ(Err, "ignis: no GPU found; kernels run on the cpu device\n");
}

TEST(GpuContext, IgnisDeviceForcesTheChoice) {
  std::string Err = childStderr([] {
    setenv("IGNIS_DEVICE", "cpu", 1);
    void *Ctx = ignis_gpu_ctx_create(nullptr, 0, 0);
    fputs(Ctx && ignis_gpu_ctx_api(Ctx) == IGNIS_GPU_API_CPU ? "cpu" : "?",
          stderr);
    setenv("IGNIS_DEVICE", "tpu", 1);
    if (!ignis_gpu_ctx_create("", 0, 0))
      fprintf(stderr, "|%s", ignis_gpu_last_error());
  });
  EXPECT_EQ(Err, "cpu|unknown device 'tpu' in IGNIS_DEVICE (expected cpu, "
                 "cuda or hip)");
}

// Run by IgnisNumThreadsSetsTheWorkers in a fresh process (the worker pool
// is made once per process).
TEST(GpuContext, PrintWorkersForTheParentTest) {
  if (!getenv("IGNIS_GPU_TEST_PRINT_WORKERS"))
    GTEST_SKIP() << "run by IgnisNumThreadsSetsTheWorkers";
  void *Ctx = ignis_gpu_ctx_create("cpu", 3, 0);
  int64_t V = 0;
  ignis_gpu_attribute(Ctx, 16, &V);
  ignis_gpu_ctx_destroy(Ctx);
  fprintf(stderr, "workers=%lld\n", static_cast<long long>(V));
}

TEST(GpuContext, IgnisNumThreadsSetsTheWorkers) {
  std::string Err = childStderr([] {
    setenv("IGNIS_NUM_THREADS", "3", 1);
    setenv("IGNIS_GPU_TEST_PRINT_WORKERS", "1", 1);
    int Null = open("/dev/null", O_WRONLY);
    dup2(Null, 1);
    execl("/proc/self/exe", "IgnisGpuRuntimeTests",
          "--gtest_filter=GpuContext.PrintWorkersForTheParentTest",
          static_cast<char *>(nullptr));
  });
  EXPECT_EQ(Err, "workers=3\n");
}

TEST(GpuContext, BadApiAndDeviceIds) {
  EXPECT_EQ(ignis_gpu_ctx_create("metal", 5, 0), nullptr);
  EXPECT_STREQ(ignis_gpu_last_error(),
               "unknown GPU api 'metal' (expected cpu, cuda or hip)");
  EXPECT_EQ(ignis_gpu_ctx_create("cpu", 3, 1), nullptr);
  EXPECT_STREQ(ignis_gpu_last_error(), "no cpu device 1: there is 1");
  EXPECT_EQ(ignis_gpu_number_of_devices("metal", 5), 0);
}

using CpuContext = CpuDeviceTest;

TEST_F(CpuContext, NameIdAndApi) {
  EXPECT_STREQ(ignis_gpu_ctx_name(Ctx), "cpu");
  EXPECT_EQ(ignis_gpu_ctx_id(Ctx), 0);
  EXPECT_EQ(ignis_gpu_ctx_api(Ctx), IGNIS_GPU_API_CPU);
  EXPECT_EQ(ignis_gpu_synchronize(Ctx), 0);
}

TEST_F(CpuContext, GpuLikeAttributes) {
  auto Attr = [&](int64_t A) {
    int64_t V = -1;
    EXPECT_EQ(ignis_gpu_attribute(Ctx, A, &V), 0) << ignis_gpu_last_error();
    return V;
  };
  EXPECT_EQ(Attr(1), 1024);
  EXPECT_EQ(Attr(8), 49152);
  EXPECT_EQ(Attr(10), 32);
  EXPECT_GE(Attr(16), 1);
  EXPECT_EQ(Attr(75), 0);
  EXPECT_EQ(Attr(76), 0);
  int64_t V;
  EXPECT_NE(ignis_gpu_attribute(Ctx, 123, &V), 0);
  EXPECT_STREQ(ignis_gpu_last_error(),
               "attribute 123 is not known to the cpu device");
}

TEST_F(CpuContext, MemsetEveryElementSize) {
  uint8_t *D = deviceArray<uint8_t>(64);
  ASSERT_EQ(ignis_gpu_memset(Ctx, D, 0x1122334455667788ull, 8, 8, 0), 0);
  auto V64 = download(reinterpret_cast<uint64_t *>(D), 8);
  EXPECT_EQ(V64, std::vector<uint64_t>(8, 0x1122334455667788ull));
  ASSERT_EQ(ignis_gpu_memset(Ctx, D, 0xAABBCCDD, 4, 3, 0), 0);
  ASSERT_EQ(ignis_gpu_memset(Ctx, D + 12, 0x1234, 2, 2, 0), 0);
  ASSERT_EQ(ignis_gpu_memset(Ctx, D + 16, 0x5A, 1, 3, 0), 0);
  auto V = download(D, 20);
  EXPECT_EQ(V[0], 0xDD);
  EXPECT_EQ(V[3], 0xAA);
  EXPECT_EQ(V[12], 0x34);
  EXPECT_EQ(V[15], 0x12);
  EXPECT_EQ(V[18], 0x5A);
  EXPECT_EQ(V[19], 0x55); // byte 3 of the second 8-byte element
  EXPECT_NE(ignis_gpu_memset(Ctx, D, 0, 3, 1, 0), 0);
  EXPECT_STREQ(ignis_gpu_last_error(),
               "invalid memset element size 3 (expected 1, 2, 4 or 8)");
  // Host memory of the context.
  void *H = nullptr;
  ASSERT_EQ(ignis_gpu_alloc_host(Ctx, 16, &H), 0);
  ASSERT_EQ(ignis_gpu_memset(Ctx, H, 7, 4, 4, 1), 0);
  EXPECT_EQ(static_cast<int32_t *>(H)[3], 7);
  EXPECT_EQ(ignis_gpu_free_host(Ctx, H), 0);
}

TEST_F(CpuContext, CopiesAreCheckedAgainstTheBuffer) {
  int32_t *A = deviceArray<int32_t>(4), *B = deviceArray<int32_t>(4);
  std::vector<int32_t> Src = {1, 2, 3, 4, 5};
  EXPECT_NE(ignis_gpu_memcpy(Ctx, A, Src.data(), 20, IGNIS_GPU_HOST_TO_DEVICE),
            0);
  EXPECT_STREQ(ignis_gpu_last_error(), "memcpy destination: 20 bytes at "
                                       "offset 0 of a 16-byte device buffer");
  ASSERT_EQ(ignis_gpu_memcpy(Ctx, A, Src.data(), 16, IGNIS_GPU_HOST_TO_DEVICE),
            0);
  ASSERT_EQ(ignis_gpu_memcpy(Ctx, B, A, 16, IGNIS_GPU_DEVICE_TO_DEVICE), 0);
  EXPECT_EQ(download(B, 4), std::vector<int32_t>({1, 2, 3, 4}));
  int32_t Host[4];
  EXPECT_NE(ignis_gpu_memcpy(Ctx, Host, A + 2, 16, IGNIS_GPU_DEVICE_TO_HOST),
            0);
  EXPECT_STREQ(ignis_gpu_last_error(), "memcpy source: 16 bytes at offset 8 "
                                       "of a 16-byte device buffer");
}

TEST_F(CpuContext, FreeChecksThePointer) {
  int32_t *A = deviceArray<int32_t>(4);
  EXPECT_NE(ignis_gpu_free(Ctx, A + 1), 0);
  EXPECT_STREQ(ignis_gpu_last_error(),
               "free of a pointer that is no device buffer of this context");
  EXPECT_NE(ignis_gpu_free_host(Ctx, A), 0);
  EXPECT_EQ(ignis_gpu_free(Ctx, A), 0);
  EXPECT_EQ(ignis_gpu_free(Ctx, nullptr), 0);
}

} // namespace
