#!/usr/bin/env python3
"""REPL latency: the time from sending an expression to its echo, with
0, 10, 50 and 100 kept statements in the session (each input replays the
kept statements silently, so the cost grows with them). Prints p50/p99 in
ms per session size.  bench/repl/run.py [BUILD_DIR] [SAMPLES]"""
import os
import select
import subprocess
import sys
import time

build = sys.argv[1] if len(sys.argv) > 1 else "build"
samples = int(sys.argv[2]) if len(sys.argv) > 2 else 20
ignis = os.path.join(build, "bin", "ignis")


def wait_for(proc, text, timeout=30.0):
    out = b""
    end = time.time() + timeout
    while text not in out:
        left = end - time.time()
        if left <= 0:
            raise SystemExit("timed out waiting for %r" % text)
        ready, _, _ = select.select([proc.stdout], [], [], left)
        if ready:
            chunk = os.read(proc.stdout.fileno(), 65536)
            if not chunk:
                raise SystemExit("the REPL ended")
            out += chunk
    return out


def percentile(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


print("kept statements | p50 ms | p99 ms | samples")
for kept in [0, 10, 50, 100]:
    proc = subprocess.Popen([ignis, "repl"], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    for i in range(kept):
        proc.stdin.write(b"var v%d = %d\n" % (i, i))
    proc.stdin.write(b'print("ready")\n')
    proc.stdin.flush()
    wait_for(proc, b"ready")
    times = []
    for i in range(samples):
        start = time.perf_counter()
        proc.stdin.write(b"%d + 1000\n" % i)
        proc.stdin.flush()
        wait_for(proc, b"(Int) %d" % (i + 1000))
        times.append((time.perf_counter() - start) * 1000)
    proc.stdin.close()
    proc.wait()
    print("%15d | %6.0f | %6.0f | %d" % (kept, percentile(times, 50),
                                          percentile(times, 99), samples))
