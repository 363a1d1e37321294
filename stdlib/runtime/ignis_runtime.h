/* The C ABI of the Ignis runtime: what compiled Mojo programs call. */
#ifndef IGNIS_RUNTIME_H
#define IGNIS_RUNTIME_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* --- Process (Process.cpp) ------------------------------------------------ */

/* Records argc/argv and registers the at-exit flush. The `main` that codegen
   emits calls this before anything else. */
void ignis_rt_init(int argc, char **argv);
/* The number of command-line arguments, program name included. */
int64_t ignis_rt_argc(void);
/* Argument I (0 is the program name), or NULL when I is out of range. */
const char *ignis_rt_argv(int64_t i);
/* Flushes stdout and ends the process with CODE (atexit handlers run). */
void ignis_rt_exit(int64_t code) __attribute__((noreturn));

/* --- Output (Output.cpp) -------------------------------------------------- */

/* Appends N bytes to the stdout buffer (flushed at exit, on abort, when full,
   and after each newline when stdout is a terminal). Thread-safe. */
void ignis_rt_write(const char *p, int64_t n);
/* Flushes stdout, then writes N bytes to stderr unbuffered. */
void ignis_rt_write_err(const char *p, int64_t n);
/* Writes out whatever the stdout buffer holds. */
void ignis_rt_flush(void);

/* --- Formatting (FormatInt.cpp, FormatFloat.cpp) --------------------------
   Each writes into BUF (at least 64 bytes, not NUL-terminated) and returns the
   byte count. Floats print exactly as Mojo's `print`/`String` print them. */
int64_t ignis_rt_format_int(int64_t v, char *buf);
int64_t ignis_rt_format_uint(uint64_t v, char *buf);
int64_t ignis_rt_format_f64(double v, char *buf);
int64_t ignis_rt_format_f32(float v, char *buf);
/* IEEE binary16, given as its bit pattern. */
int64_t ignis_rt_format_f16(uint16_t bits, char *buf);
/* bfloat16 (the high half of a binary32), given as its bit pattern. */
int64_t ignis_rt_format_bf16(uint16_t bits, char *buf);

/* --- Memory (Memory.cpp) ---------------------------------------------------
 */

/* BYTES bytes aligned to ALIGN (a power of two; <= 0 means 16). Never returns
   NULL: a failed allocation prints a message and exits with status 1. */
void *ignis_rt_alloc(int64_t bytes, int64_t align);
/* Frees a block from ignis_rt_alloc/ignis_rt_realloc; NULL is ignored. */
void ignis_rt_free(void *p);
/* Resizes P (OLD_BYTES long) to NEW_BYTES, keeping min(old, new) bytes. */
void *ignis_rt_realloc(void *p, int64_t old_bytes, int64_t new_bytes,
                       int64_t align);

/* --- Errors (Errors.cpp) ---------------------------------------------------
 */

/* Flushes stdout, prints MSG (N bytes) and a newline to stderr, and exits with
   status 1 (an exit, not a signal). */
void ignis_rt_abort(const char *msg, int64_t n) __attribute__((noreturn));
/* Prints "FILE:LINE: index out of bounds: index I, length L" like
   ignis_rt_abort. FILE is NUL-terminated. */
void ignis_rt_panic_bounds(const char *file, int64_t line, int64_t index,
                           int64_t length) __attribute__((noreturn));

/* --- Parsing (Parse.cpp) --------------------------------------------------
   Each reads the N bytes at P (surrounding whitespace allowed), stores the
   number in *OUT and returns 1, or returns 0 when the text is not a number. */
int64_t ignis_rt_parse_int(const char *p, int64_t n, int64_t base,
                           int64_t *out);
int64_t ignis_rt_parse_float(const char *p, int64_t n, double *out);

/* --- Time (Time.cpp) -------------------------------------------------------
 */

/* CLOCK_MONOTONIC in nanoseconds. */
int64_t ignis_rt_perf_counter_ns(void);
/* Sleeps NS nanoseconds (restarted after signals); returns 0. */
int64_t ignis_rt_sleep_ns(int64_t ns);

/* --- Thread pool (ThreadPool.cpp) ----------------------------------------
   Calls FN(i, CTX) for every i in [0, N) on the pool's workers and the
   calling thread; returns when all calls have finished. Calls from inside
   a work item run inline. */
void ignis_rt_parallel_for(int64_t n, void (*fn)(int64_t, void *), void *ctx);
/* The threads parallel_for uses (workers + the caller). */
int64_t ignis_rt_num_workers(void);

#ifdef __cplusplus
}
#endif

#endif /* IGNIS_RUNTIME_H */
