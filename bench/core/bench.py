#!/usr/bin/env python3
"""Runs the core benchmarks: each Mojo program built by `ignis build -O3`
beside the same algorithm in C (clang-22 -O3 -march=native
-ffp-contract=off), plus `ignis run examples/hello.mojo` and the -O0 object
build of a generated 10,000-line program. Prints medians and Ignis/C ratios.

usage: bench.py IGNIS_EXE [REPS]       (run.sh passes the arguments)

Programs: mandelbrot, nbody (five Body variables), fib, nbody_list (the
bodies in a List[Body], bounds checks on), and lists.mojo's kernels (sum,
dot, stencil, prefix over a List and over a Span). BENCH_ONLY=a,b runs only
those; BENCH_NO_BUILD_TIMES=1 skips hello and the 10k-line build;
BENCH_ASSERT=MODE builds the Mojo programs with `-D ASSERT=MODE` (e.g.
none: no bounds checks; the default is the compiler's, safe).

Timing: hyperfine when it is installed (median wall time, mean user+sys),
otherwise a loop here that takes the median of REPS runs of both the wall
time and the child's CPU time (user+sys from getrusage). On a shared or
virtual machine the CPU time is the steadier of the two; both are printed.
"""
import json, os, re, resource, shutil, statistics, subprocess, sys, tempfile, time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
# (name, program in bench/core without .mojo/.c, arguments)
BENCHES = [("mandelbrot", "mandelbrot", []), ("nbody", "nbody", []), ("fib", "fib", []),
           ("nbody_list", "nbody_list", [])] + [
    (k, "lists", [k]) for k in ["sum_list", "sum_span", "dot_list", "dot_span",
                                "stencil_list", "stencil_span", "prefix_list",
                                "prefix_span"]]
CC = os.environ.get("CC", "clang-22")
CFLAGS = ["-O3", "-march=native", "-ffp-contract=off"]


def run_once(cmd):
    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - t0
    r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    if p.returncode != 0:
        sys.exit("failed (%d): %s\n%s" % (p.returncode, " ".join(cmd), p.stderr))
    cpu = (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)
    return wall, cpu, p.stdout


def measure(cmds, reps):
    """Median (wall, cpu) for each command; runs are interleaved."""
    if shutil.which("hyperfine") and not os.environ.get("BENCH_NO_HYPERFINE"):
        out = []
        for cmd in cmds:
            with tempfile.NamedTemporaryFile(suffix=".json") as j:
                subprocess.run(["hyperfine", "-N", "-w", "1", "-r", str(reps),
                                "--export-json", j.name, "--",
                                " ".join(cmd)], check=True,
                               stdout=subprocess.DEVNULL)
                res = json.load(open(j.name))["results"][0]
            out.append((statistics.median(res["times"]), res["user"] + res["system"]))
        return out
    walls = [[] for _ in cmds]
    cpus = [[] for _ in cmds]
    for cmd in cmds:  # warm-up
        run_once(cmd)
    for _ in range(reps):
        for i, cmd in enumerate(cmds):
            w, c, _ = run_once(cmd)
            walls[i].append(w)
            cpus[i].append(c)
    return [(statistics.median(w), statistics.median(c)) for w, c in zip(walls, cpus)]


def numbers(text):
    return [float(x) for x in re.findall(r"-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?", text)]


def main():
    ignis = os.path.abspath(sys.argv[1])
    reps = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    tmp = tempfile.mkdtemp(prefix="ignis-bench-core-")
    rows = []
    try:
        only = os.environ.get("BENCH_ONLY")  # e.g. "nbody_list,sum_list"
        for b, prog, args in BENCHES:
            if only and b not in only.split(","):
                continue
            mexe, cexe = os.path.join(tmp, prog + ".ignis"), os.path.join(tmp, prog + ".c")
            if not os.path.exists(mexe):
                mode = os.environ.get("BENCH_ASSERT")
                defines = ["-D", "ASSERT=" + mode] if mode else []
                subprocess.run([ignis, "build", "-O3"] + defines +
                               [os.path.join(HERE, prog + ".mojo"), "-o", mexe], check=True)
                subprocess.run([CC] + CFLAGS + [os.path.join(HERE, prog + ".c"), "-o",
                                                cexe, "-lm"], check=True)
            mout, cout = run_once([mexe] + args)[2], run_once([cexe] + args)[2]
            if numbers(mout) != numbers(cout):
                sys.exit("%s: outputs differ\n--- ignis\n%s--- C\n%s" % (b, mout, cout))
            (mw, mc), (cw, cc) = measure([[mexe] + args, [cexe] + args], reps)
            rows.append((b, mw, cw, mc, cc, mout.strip().splitlines()[-1]))

        print("%-13s %10s %10s %7s %10s %10s %7s   output (equal in both)" %
              ("benchmark", "Ignis wall", "C wall", "ratio", "Ignis cpu", "C cpu", "ratio"))
        for b, mw, cw, mc, cc, out in rows:
            print("%-13s %9.3fs %9.3fs %6.2fx %9.3fs %9.3fs %6.2fx   %s" %
                  (b, mw, cw, mw / cw, mc, cc, mc / cc, out))

        if os.environ.get("BENCH_NO_BUILD_TIMES"):
            return
        hello = os.path.join(ROOT, "examples", "hello.mojo")
        [(hw, hc)] = measure([[ignis, "run", hello]], max(reps, 10))
        print("%-34s %9.3fs wall %9.3fs cpu  (median of %d)" %
              ("ignis run examples/hello.mojo", hw, hc, max(reps, 10)))

        big = os.path.join(tmp, "big.mojo")
        big_c = os.path.join(tmp, "big.c")
        subprocess.run([sys.executable, os.path.join(HERE, "gen_program.py"), "10000", big,
                        big_c], check=True)
        nlines = sum(1 for _ in open(big))
        # The same program in C, compiled to an object by clang -O0, interleaved.
        [(bw, bc), (cw, cc)] = measure(
            [[ignis, "build", "-O0", "--emit=obj", big, "-o", os.path.join(tmp, "big.o")],
             [CC, "-O0", "-c", big_c, "-o", os.path.join(tmp, "big_c.o")]], reps)
        print("%-34s %9.3fs wall %9.3fs cpu  (%d lines, %.0f lines/s)" %
              ("ignis build -O0 --emit=obj (10k)", bw, bc, nlines, nlines / bw))
        print("%-34s %9.3fs wall %9.3fs cpu  ignis/clang cpu %.2fx" %
              ("clang -O0 -c, the same in C", cw, cc, bc / cc))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
