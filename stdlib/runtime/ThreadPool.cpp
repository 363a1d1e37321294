// A small thread pool for std.algorithm.parallelize: worker threads started
// on first use (the hardware threads minus one, or IGNIS_NUM_THREADS - 1);
// the calling thread works too. Work items are handed out in chunks from a
// shared atomic counter (dynamic scheduling), and the call returns when
// every item has finished. Between jobs a worker spins for a while (about
// 50 us) before it sleeps on a condition variable, so loops issued back to
// back start without a wake-up. A parallel_for issued from inside a work
// item runs inline on that thread. At exit the workers are stopped and
// joined (an atexit handler), so no thread outlives the program's end.
#include "ignis_runtime.h"

#include <atomic>
#include <condition_variable>
#include <cstdlib>
#include <mutex>
#include <thread>
#include <vector>

namespace {

struct Job {
  void (*Fn)(int64_t, void *) = nullptr;
  void *Ctx = nullptr;
  int64_t Count = 0;
  int64_t Chunk = 1; // items taken at a time
  alignas(64) std::atomic<int64_t> Next{0};
  alignas(64) std::atomic<int64_t> Done{0};
};

struct Pool {
  std::mutex M;
  std::condition_variable Wake, Finished;
  std::vector<std::thread> Workers;
  Job *Current = nullptr;
  std::atomic<uint64_t> Generation{0};
  unsigned Busy = 0; // workers inside the current job
  bool Stop = false;
  std::mutex CallM;  // one parallel_for at a time
};

thread_local bool InWorkItem = false;

Pool &pool();

void runItems(Job &J) {
  bool Saved = InWorkItem;
  InWorkItem = true;
  int64_t Finished = 0;
  for (;;) {
    int64_t Begin = J.Next.fetch_add(J.Chunk, std::memory_order_relaxed);
    if (Begin >= J.Count)
      break;
    int64_t End = Begin + J.Chunk < J.Count ? Begin + J.Chunk : J.Count;
    for (int64_t I = Begin; I < End; ++I)
      J.Fn(I, J.Ctx);
    Finished += End - Begin;
  }
  if (Finished)
    J.Done.fetch_add(Finished, std::memory_order_release);
  InWorkItem = Saved;
}

void workerLoop(Pool *P) {
  uint64_t Seen = 0;
  std::unique_lock<std::mutex> Lock(P->M);
  for (;;) {
    // Spin first: the next job usually follows soon.
    Lock.unlock();
    for (int I = 0; I < 20000 && P->Generation.load(std::memory_order_acquire) == Seen; ++I)
#if defined(__x86_64__) || defined(__i386__)
      __builtin_ia32_pause();
#endif
    Lock.lock();
    P->Wake.wait(Lock, [&] { return P->Generation != Seen || P->Stop; });
    if (P->Stop)
      return;
    Seen = P->Generation;
    Job *J = P->Current;
    if (!J)
      continue;
    ++P->Busy;
    Lock.unlock();
    runItems(*J);
    Lock.lock();
    if (--P->Busy == 0)
      P->Finished.notify_all();
  }
}

unsigned workerCount() {
  if (const char *S = std::getenv("IGNIS_NUM_THREADS")) {
    long N = std::strtol(S, nullptr, 10);
    if (N >= 1)
      return static_cast<unsigned>(N - 1);
  }
  unsigned N = std::thread::hardware_concurrency();
  return N > 1 ? N - 1 : 0;
}

Pool *ThePool = nullptr;

void shutdownPool() {
  Pool *P = ThePool;
  // Not from a work item (exit called inside one): its thread is a worker
  // or the caller waiting for the job; the process ends without joining.
  if (!P || InWorkItem)
    return;
  for (std::thread &W : P->Workers)
    if (W.get_id() == std::this_thread::get_id())
      return;
  {
    std::lock_guard<std::mutex> Lock(P->M);
    P->Stop = true;
  }
  P->Wake.notify_all();
  for (std::thread &W : P->Workers)
    W.join();
  P->Workers.clear(); // later calls (other atexit handlers) run inline
}

Pool &pool() {
  // Kept to the end: the workers are joined at exit, the memory stays.
  static Pool *P = [] {
    auto *NewPool = new Pool;
    unsigned N = workerCount();
    for (unsigned I = 0; I < N; ++I)
      NewPool->Workers.emplace_back(workerLoop, NewPool);
    ThePool = NewPool;
    std::atexit(shutdownPool);
    return NewPool;
  }();
  return *P;
}

} // namespace

extern "C" int64_t ignis_rt_num_workers(void) {
  return static_cast<int64_t>(pool().Workers.size()) + 1;
}

extern "C" void ignis_rt_parallel_for(int64_t n, void (*fn)(int64_t, void *),
                                      void *ctx) {
  if (n <= 0)
    return;
  if (n == 1 || InWorkItem) {
    for (int64_t I = 0; I < n; ++I)
      fn(I, ctx);
    return;
  }
  Pool &P = pool();
  if (P.Workers.empty()) {
    for (int64_t I = 0; I < n; ++I)
      fn(I, ctx);
    return;
  }
  std::lock_guard<std::mutex> Call(P.CallM);
  Job J;
  J.Fn = fn;
  J.Ctx = ctx;
  J.Count = n;
  // About eight chunks per thread: few atomics for many small items, and
  // still some balancing between uneven ones.
  int64_t Threads = static_cast<int64_t>(P.Workers.size()) + 1;
  J.Chunk = n / (Threads * 8) > 1 ? n / (Threads * 8) : 1;
  {
    std::lock_guard<std::mutex> Lock(P.M);
    P.Current = &J;
    ++P.Generation;
  }
  P.Wake.notify_all();
  runItems(J);
  std::unique_lock<std::mutex> Lock(P.M);
  // Every item has been taken once the caller's loop ends; wait until the
  // workers that took some are out of the job, then retire it.
  P.Finished.wait(Lock, [&] {
    return P.Busy == 0 && J.Done.load(std::memory_order_acquire) == J.Count;
  });
  P.Current = nullptr;
}
