/* The C ABI of the Ignis GPU host runtime: contexts, memory and launches on
   the cpu device, CUDA or HIP, and the calls cpu-device kernels make. */
#ifndef IGNIS_GPU_RUNTIME_H
#define IGNIS_GPU_RUNTIME_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* One per kernel, emitted by codegen as a constant. */
typedef struct IgnisKernel {
  /* The kernel as the user wrote it, for messages: "add_10". */
  const char *name;
  /* The kernel compiled for the host (cpu device); args[i] points at argument
     i's bytes. */
  void (*cpu_entry)(void **args);
  /* Bit 0 (IGNIS_KERNEL_NEEDS_FIBERS): the kernel (transitively) uses
     barrier/syncwarp/shuffle/vote, so its threads need fibers. When clear the
     cpu device runs a block's threads one after another on the worker's own
     stack. */
  int64_t flags;
  /* Entry name in the NVPTX image, and the image: PTX text (NUL-terminated)
     or a cubin; NULL when the kernel was not compiled for NVIDIA. */
  const char *nvptx_symbol;
  const void *nvptx_image;
  int64_t nvptx_image_size;
  /* Entry name in the AMDGPU image and the image (an HSACO ELF), or NULL. */
  const char *amdgpu_symbol;
  const void *amdgpu_image;
  int64_t amdgpu_image_size;
  /* With IGNIS_KERNEL_REGIONS: the bytes of one thread's frame. */
  int64_t cpu_frame_size;
} IgnisKernel;

#define IGNIS_KERNEL_NEEDS_FIBERS 1
/* Bit 1: cpu_entry runs every thread of the block itself (a loop over the
   block's threads that sets the record's indices and thread_linear and
   stops when stop_block falls below block_linear); the runtime calls it once
   per block. For kernels without collectives. */
#define IGNIS_KERNEL_BLOCK_ENTRY 2
/* Bit 2: the kernel's barriers split it into regions; cpu_entry is really an
   `int64_t step(void **args, int64_t resume, void *frame)` that runs the
   current thread from resume point `resume` (0: the start) until its next
   barrier, whose resume point it returns (after calling
   ignis_gpu_cpu_barrier_arrive), or until it exits (-1). `frame` is the
   thread's cpu_frame_size bytes, kept across calls (its locals). The runtime
   runs each region as a loop over the block's threads: no fibers. */
#define IGNIS_KERNEL_REGIONS 4

/* ignis_gpu_ctx_api values. */
#define IGNIS_GPU_API_CPU 0
#define IGNIS_GPU_API_CUDA 1
#define IGNIS_GPU_API_HIP 2

/* ignis_gpu_memcpy kinds. */
#define IGNIS_GPU_HOST_TO_DEVICE 0
#define IGNIS_GPU_DEVICE_TO_HOST 1
#define IGNIS_GPU_DEVICE_TO_DEVICE 2
#define IGNIS_GPU_HOST_TO_HOST 3

/* Every function returning int64_t returns 0 on success and nonzero on
   failure unless noted; the failure's message is then ignis_gpu_last_error()
   (thread-local, NUL-terminated, valid until the next failing call on the
   same thread). */
const char *ignis_gpu_last_error(void);

/* --- Contexts (Context.cpp) ------------------------------------------------
   api: "" (default), "cpu", "cuda", "hip", given as pointer + length (not
   NUL-terminated). The default: the environment variable
   IGNIS_DEVICE=cpu|cuda|hip forces a choice; otherwise CUDA if libcuda.so.1
   loads and has a device, else HIP likewise, else the cpu device, and then
   "ignis: no GPU found; kernels run on the cpu device" is printed once per
   process on stderr. Returns NULL on failure, with messages such as
     no CUDA driver found (libcuda.so.1)
     no HIP runtime found (libamdhip64.so)
     no cuda device 3: there are 1
     unknown GPU api 'metal' (expected cpu, cuda or hip)                      */
void *ignis_gpu_ctx_create(const char *api, int64_t api_len, int64_t device_id);
/* Synchronizes, then frees the context's resources (on the cpu device, the
   buffers still allocated through it). NULL is ignored. */
void ignis_gpu_ctx_destroy(void *ctx);
/* IGNIS_GPU_API_CPU (0), _CUDA (1) or _HIP (2). */
int64_t ignis_gpu_ctx_api(void *ctx);
/* "cpu", or the GPU's name, e.g. "NVIDIA H200". Lives as long as ctx. */
const char *ignis_gpu_ctx_name(void *ctx);
int64_t ignis_gpu_ctx_id(void *ctx);
/* Never fails: 0 when none; "cpu" -> 1; "" -> the GPUs of every api. */
int64_t ignis_gpu_number_of_devices(const char *api, int64_t api_len);
/* 1 if a CUDA or HIP GPU is usable, else 0. */
int64_t ignis_gpu_has_accelerator(void);
int64_t ignis_gpu_has_nvidia_gpu(void);
int64_t ignis_gpu_has_amd_gpu(void);

/* --- Memory ----------------------------------------------------------------
   The cpu device's device memory is host memory with 256-byte redzones
   before and after each buffer, registered so that kernels' accesses can be
   checked. */
int64_t ignis_gpu_alloc(void *ctx, int64_t bytes, void **out);
/* NULL is ignored; a pointer that is no live buffer of ctx is a failure. */
int64_t ignis_gpu_free(void *ctx, void *p);
/* Page-locked host memory (plain registered host memory on the cpu device,
   which kernels may access like device memory). */
int64_t ignis_gpu_alloc_host(void *ctx, int64_t bytes, void **out);
int64_t ignis_gpu_free_host(void *ctx, void *p);
/* kind: IGNIS_GPU_HOST_TO_DEVICE (0), _DEVICE_TO_HOST (1),
   _DEVICE_TO_DEVICE (2), _HOST_TO_HOST (3). Ordered on the context's stream.
   On the cpu device the device side must lie inside one live buffer:
     memcpy destination: 20 bytes at offset 0 of a 16-byte device buffer      */
int64_t ignis_gpu_memcpy(void *ctx, void *dst, const void *src, int64_t bytes,
                         int64_t kind);
/* Fills count elements of elem_size bytes (1, 2, 4 or 8) at dst with the low
   elem_size bytes of pattern; dst is device memory, or host memory of this
   context when is_host != 0. */
int64_t ignis_gpu_memset(void *ctx, void *dst, uint64_t pattern,
                         int64_t elem_size, int64_t count, int64_t is_host);
/* Waits for the context's stream. A no-op on the cpu device, where every
   enqueued operation completes before its call returns. */
int64_t ignis_gpu_synchronize(void *ctx);

/* --- Launches --------------------------------------------------------------
   Grid and block sizes per dimension; args[i] points at argument i's value
   (CUDA's kernelParams convention). Checked on every device:
     invalid launch of kernel 'k': block dimensions (0, 1, 1) must be positive
     invalid launch of kernel 'k': grid dimensions (1, 0, 1) must be positive
     invalid launch of kernel 'k': block dimensions (2048, 1, 1) exceed the
       limit (1024, 1024, 64)
     invalid launch of kernel 'k': block dimensions (64, 32, 1) make 2048
       threads, more than the limit of 1024 per block
     invalid launch of kernel 'k': grid dimensions (1, 65536, 1) exceed the
       limit (2147483647, 65535, 65535)
     invalid launch of kernel 'k': 65536 bytes of dynamic shared memory exceed
       the limit of 49152 bytes per block                    (cpu device only)
     kernel 'k' has no NVPTX image                         (CUDA; HIP: AMDGPU)
   Faults that the cpu device reports (the launch stops at the first one; the
   fault of the lowest block wins, and within a block the first in the
   deterministic schedule; LOC is the "FILE:LINE:COL" given by the kernel):
     out-of-bounds write in kernel 'k' at LOC: block (0, 0, 0), thread
       (5, 0, 0) wrote 4 bytes at offset 20 of a 16-byte device buffer
     (read: "out-of-bounds read ... read 4 bytes"; atomic: "out-of-bounds
     atomic access ... atomically accessed 4 bytes"; the buffer is "a
     16-byte device buffer", "a 16-byte host buffer" (alloc_host) or "the
     block's 64 bytes of shared memory"; offsets may be negative; an address
     near no buffer, not on the thread's stack and not in the program's
     loaded segments (globals, constants) is "at an address outside every
     device buffer")
     barrier reached by only part of the block in kernel 'k': block (0, 0, 0):
       threads (0, 0, 0) to (15, 0, 0) wait at the barrier at LOC; threads
       (16, 0, 0) to (31, 0, 0) exited
     deadlock in kernel 'k': block (0, 0, 0): thread (0, 0, 0) waits at the
       barrier at LOC; threads (1, 0, 0) to (31, 0, 0) wait at a warp shuffle
     data race on shared memory in kernel 'k' at LOC: block (0, 0, 0), thread
       (1, 0, 0) read 4 bytes at offset 0 of shared memory that thread
       (0, 0, 0) wrote at LOC2 with no barrier in between
     (the current access "read"s or "wrote"; the earlier one "wrote" or
     "read"; at a "the barrier at LOC" wait, the other waits are "a warp
     shuffle", "a warp vote" and "a warp sync")
     too much shared memory in kernel 'k': block (0, 0, 0) needs 40960 bytes
       of static and 16384 bytes of dynamic shared memory, more than the limit
       of 49152 bytes per block
     kernel 'k' called a barrier at LOC but is not marked as using barriers
       (IgnisKernel.flags bit 0)
   Thread lists name ranges of consecutive linear thread ids (x fastest),
   "threads (0, 0, 0) to (15, 0, 0), (20, 0, 0) and (22, 0, 0) to
   (23, 0, 0)", at most four ranges then "and N more". */
int64_t ignis_gpu_launch(void *ctx, const IgnisKernel *k, int64_t gx,
                         int64_t gy, int64_t gz, int64_t bx, int64_t by,
                         int64_t bz, int64_t shared_mem_bytes, void **args);
/* Groups the blocks of the next ignis_gpu_launch on ctx into clusters of
   (cx, cy, cz) blocks (thread block clusters of NVIDIA sm_90; that launch
   resets them to (1, 1, 1)). The launch then checks:
     invalid launch of kernel 'k': grid dimensions (6, 1, 1) are not a
       multiple of the cluster dimensions (4, 1, 1)
     invalid launch of kernel 'k': cluster dimensions (16, 1, 1) make 16
       blocks, more than the limit of 8 per cluster
     invalid launch of kernel 'k': AMD GPUs have no thread block clusters
       (cluster dimensions (4, 1, 1))                             (HIP only)
   The cpu device runs the blocks of a cluster at once, one OS thread each,
   so that cluster barriers wait for the other blocks; it reports
     cluster barrier reached by only part of the cluster in kernel 'k':
       block (0, 0, 0) waits at cluster_wait at LOC; block (1, 0, 0) finished
       without arriving
     cluster_wait without cluster_arrive in kernel 'k' at LOC: block
       (0, 0, 0), thread (3, 0, 0)
     cluster_arrive twice without cluster_wait in kernel 'k': block
       (0, 0, 0), thread (3, 0, 0)                                           */
int64_t ignis_gpu_set_launch_cluster(void *ctx, int64_t cx, int64_t cy,
                                     int64_t cz);
/* A device attribute by CUDA's CUdevice_attribute number (1 max threads per
   block, 2-4 max block dims, 5-7 max grid dims, 8 max shared memory per
   block, 9 total constant memory, 10 warp size, 12 registers per block, 13
   clock rate (kHz), 16 multiprocessor count, 19 can map host memory, 36
   memory clock rate, 37 memory bus width, 38 L2 cache size, 39 max threads
   per multiprocessor, 75/76 compute capability major/minor, 81 shared memory
   per multiprocessor, 82 registers per multiprocessor, 97 opt-in shared
   memory per block, 106 max blocks per multiprocessor). The cpu device
   answers with GPU-like values: 1024 threads, 48 KiB shared memory, warp 32,
   one multiprocessor per worker thread, capability 0.0, and fails on 13,
   36, 37 and 38 like on any unknown attribute:
     attribute 123 is not known to the cpu device                            */
int64_t ignis_gpu_attribute(void *ctx, int64_t attr, int64_t *out);
/* Free and total device memory in bytes (the host's for the cpu device). */
int64_t ignis_gpu_memory_info(void *ctx, int64_t *free_bytes, int64_t *total_bytes);

/* --- Called by kernels compiled for the cpu device (CpuKernelApi.cpp) ------
   Hot; cheap. Outside a launch they return 0 / do nothing. */

/* 0..2 thread_idx x,y,z; 3..5 block_idx; 6..8 block_dim; 9..11 grid_dim;
   12 lane id (linear thread index % 32); 13 warp id (linear / 32). */
int64_t ignis_gpu_cpu_index(int64_t which);
/* The running GPU thread's record, for compiled kernels to read without a
   call: its indices (as ignis_gpu_cpu_index) and the address ranges the
   access check accepted last (an access inside one of them needs no call).
   The pointer is fixed for an OS thread, so a kernel may read it once. */
typedef struct IgnisCpuThreadState {
  int64_t index[14];
  struct {
    uintptr_t lo, hi;
  } recent[4];
  /* The running thread's linear index in its block (x fastest), the block's
     linear index, and the lowest faulted block of the launch (a block entry
     stops its loop when that falls below its own). */
  int64_t thread_linear;
  int64_t block_linear;
  const int64_t *stop_block;
} IgnisCpuThreadState;
IgnisCpuThreadState *ignis_gpu_cpu_state(void);
/* Block-wide barrier (__syncthreads); loc = "FILE:LINE:COL" of the call. */
void ignis_gpu_cpu_barrier(const char *loc);
/* The same with the call's place as Mojo's call_location gives it (FILE is
   NUL-terminated); the text is interned once per site (CpuLocations.cpp). */
void ignis_gpu_cpu_barrier_at(const char *file, int64_t line, int64_t col);
/* In a region kernel (IGNIS_KERNEL_REGIONS): the running thread reached the
   barrier at (FILE, LINE, COL) and returns to the runtime. */
void ignis_gpu_cpu_barrier_arrive(const char *file, int64_t line, int64_t col);
/* Waits for the live lanes of the warp named in mask (bit i = lane i). */
void ignis_gpu_cpu_syncwarp(int64_t mask);
/* Static shared memory: the block's allocation for this site (a unique
   address per allocation site); every thread of the block gets the same
   pointer. Filled with 0xAB when the block first asks for it. */
void *ignis_gpu_cpu_shared(const void *site, int64_t bytes, int64_t align);
/* The block's shared_mem_bytes of dynamic shared memory (filled with 0xAB). */
void *ignis_gpu_cpu_dynamic_shared(void);
/* Warp shuffle of a 64-bit payload: mode 0 idx (arg = source lane), 1 up
   (lane - arg), 2 down (lane + arg), 3 xor (lane ^ arg); width a power of
   two <= 32 splitting the warp into segments. A lane whose source is outside
   its segment, or not live, gets its own value. All live lanes of the warp
   take part. */
uint64_t ignis_gpu_cpu_shuffle(int64_t mode, uint64_t value, int64_t arg,
                               int64_t width);
/* Votes over the live lanes of the warp: mode 0 all, 1 any, 2 ballot (the
   32-bit mask of lanes whose pred != 0), 3 the active mask. */
int64_t ignis_gpu_cpu_vote(int64_t mode, int64_t pred);
/* Cluster barrier (NVIDIA's barrier.cluster): arrive counts the calling
   thread's arrival without waiting; wait (after an arrive) waits until every
   non-exited thread of every block of the cluster has arrived. A launch
   without clusters is a cluster of one block. rank: the block's rank in its
   cluster (x fastest), 0 without clusters. */
void ignis_gpu_cpu_cluster_arrive(void);
void ignis_gpu_cpu_cluster_wait(const char *loc);
void ignis_gpu_cpu_cluster_wait_at(const char *file, int64_t line, int64_t col);
int64_t ignis_gpu_cpu_cluster_rank(void);
/* Warp matrix multiply-accumulate D = A * B + C (mma.sync) over the calling
   warp, every lane passing its fragment registers (NVIDIA's layouts; lane l
   holds the elements of group l / 4, thread l % 4): kind 0 m16n8k8 and
   kind 1 m16n8k4 with float32 A and B, kind 2 m16n8k16 float16, kind 3
   m16n8k16 bfloat16; C and D are float32 (4 per lane). Computed exactly in
   float32. All 32 lanes must take part:
     warp mma in kernel 'k': block (0, 0, 0), warp 0: only 16 of its 32
       lanes are live (mma_op needs the whole warp)                          */
void ignis_gpu_cpu_warp_mma(int64_t kind, void *a, void *b, void *c, void *d);
/* Memory access check before a load/store: kind 0 read, 1 write, 2 atomic;
   loc = "FILE:LINE:COL". Reports out-of-bounds accesses and shared-memory
   races (see ignis_gpu_launch) and never returns for a faulting thread. */
void ignis_gpu_cpu_check(const void *p, int64_t bytes, int64_t kind,
                         const char *loc);
/* The same with the place as (FILE, LINE, COL) (the standard library's
   pointer accessors pass their caller's location). */
void ignis_gpu_cpu_check_at(const void *p, int64_t bytes, int64_t kind,
                            const char *file, int64_t line, int64_t col);

/* Every function above, for the JIT's symbol table (kept out of
   clang-format's reach: one or two names a line). */
// clang-format off
#define IGNIS_GPU_RUNTIME_FUNCTIONS(X)                                         \
  X(ignis_gpu_last_error) X(ignis_gpu_ctx_create) X(ignis_gpu_ctx_destroy)     \
  X(ignis_gpu_ctx_api) X(ignis_gpu_ctx_name) X(ignis_gpu_ctx_id)               \
  X(ignis_gpu_number_of_devices) X(ignis_gpu_has_accelerator)                  \
  X(ignis_gpu_has_nvidia_gpu) X(ignis_gpu_has_amd_gpu) X(ignis_gpu_alloc)      \
  X(ignis_gpu_free) X(ignis_gpu_alloc_host) X(ignis_gpu_free_host)             \
  X(ignis_gpu_memcpy) X(ignis_gpu_memset) X(ignis_gpu_synchronize)             \
  X(ignis_gpu_launch) X(ignis_gpu_attribute) X(ignis_gpu_memory_info)         \
  X(ignis_gpu_cpu_index) X(ignis_gpu_cpu_state)                                \
  X(ignis_gpu_cpu_barrier) X(ignis_gpu_cpu_barrier_at)                         \
  X(ignis_gpu_cpu_barrier_arrive)                                              \
  X(ignis_gpu_cpu_syncwarp) X(ignis_gpu_cpu_shared)                            \
  X(ignis_gpu_cpu_dynamic_shared) X(ignis_gpu_cpu_shuffle)                     \
  X(ignis_gpu_cpu_vote) X(ignis_gpu_cpu_check) X(ignis_gpu_cpu_check_at)      \
  X(ignis_gpu_set_launch_cluster) X(ignis_gpu_cpu_cluster_arrive)              \
  X(ignis_gpu_cpu_cluster_wait) X(ignis_gpu_cpu_cluster_wait_at)              \
  X(ignis_gpu_cpu_cluster_rank) X(ignis_gpu_cpu_warp_mma)
// clang-format on

#ifdef __cplusplus
}
#endif

#endif
