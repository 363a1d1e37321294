#!/usr/bin/env python3
"""Runs the GPU puzzle solutions through `ignis` on the cpu device.

Given a checkout of modular/mojo-gpu-puzzles (or its bare git directory),
builds every standalone solution (`solutions/pNN/*.mojo`) with `ignis build`,
timing the compile, and runs the executable once per flag that the
solutions' own `test_args.bzl` lists for the file (once with no flag when it
lists none). A run passes when it exits with status 0 within the time limit:
the solutions check their own results and exit non-zero on a mismatch.
Prints PASS/FAIL per run with the compile time, the first error line of a
failure, and the totals by file and by run. The sources are read from the
checkout and built in a temporary folder; nothing is copied into this
repository.

  test/conformance/puzzles.py PUZZLES_REPO [--ignis build/bin/ignis]
                              [--timeout 120] [--filter SUBSTRING] [--jobs N]
"""
import argparse
import concurrent.futures
import os
import re
import subprocess
import sys
import tempfile
import time

ROOT = "solutions"


def extract(repo, dest):
    if os.path.isdir(os.path.join(repo, ROOT)):
        subprocess.run(["cp", "-r", os.path.join(repo, ROOT), dest], check=True)
        return
    archive = subprocess.run(["git", "-C", repo, "archive", "HEAD", ROOT],
                             stdout=subprocess.PIPE, check=True)
    subprocess.run(["tar", "-x", "-C", dest], input=archive.stdout, check=True)


def test_args(sol):
    """file -> [flags] from the solutions' test_args.bzl."""
    path = os.path.join(sol, "test_args.bzl")
    if not os.path.exists(path):
        return {}
    text = open(path, encoding="utf-8").read()
    table = {}
    for m in re.finditer(r'"([^"]+\.mojo)"\s*:\s*\[([^\]]*)\]', text):
        table[m.group(1)] = re.findall(r'"([^"]+)"', m.group(2))
    return table


def first_error(out):
    lines = out.strip().splitlines()
    first = next((l for l in lines if "error" in l.lower() or "fail" in l.lower()),
                 lines[-1] if lines else "")
    return first[:160]


def build_and_run(ignis, sol, rel, flags, timeout, tmp):
    src = os.path.join(sol, rel)
    exe = os.path.join(tmp, rel.replace(os.sep, "_") + ".exe")
    start = time.monotonic()
    try:
        p = subprocess.run([ignis, "build", src, "-o", exe],
                           cwd=os.path.dirname(src), stdin=subprocess.DEVNULL,
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                           timeout=timeout)
    except subprocess.TimeoutExpired:
        return [(flag, False, "build timeout", None) for flag in flags]
    secs = time.monotonic() - start
    if p.returncode != 0:
        why = "build exit %d: %s" % (p.returncode,
                                     first_error(p.stdout.decode("utf-8", "replace")))
        return [(flag, False, why, secs) for flag in flags]
    results = []
    for flag in flags:
        try:
            r = subprocess.run([exe] + ([flag] if flag else []),
                               cwd=os.path.dirname(src), stdin=subprocess.DEVNULL,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                               timeout=timeout)
        except subprocess.TimeoutExpired:
            results.append((flag, False, "run timeout", secs))
            continue
        out = r.stdout.decode("utf-8", "replace")
        ok = r.returncode == 0
        results.append((flag, ok, "" if ok else "exit %d: %s" % (
            r.returncode, first_error(out)), secs))
    return results


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("repo")
    ap.add_argument("--ignis", default=os.path.join(
        os.path.dirname(__file__), "..", "..", "build", "bin", "ignis"))
    ap.add_argument("--timeout", type=int, default=120)
    ap.add_argument("--filter", default="")
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()
    ignis = os.path.abspath(args.ignis)
    with tempfile.TemporaryDirectory(prefix="ignis-puzzles-") as tmp:
        extract(args.repo, tmp)
        sol = os.path.join(tmp, ROOT)
        table = test_args(sol)
        files = []
        for d in sorted(os.listdir(sol)):
            if not re.match(r"p\d+$", d):
                continue
            for f in sorted(os.listdir(os.path.join(sol, d))):
                rel = os.path.join(d, f)
                if f.endswith(".mojo") and args.filter in rel:
                    files.append((rel, table.get(rel, [""])))
        env_note = os.environ.get("IGNIS_DEVICE", "")
        runs = files_ok = 0
        runs_ok = 0
        slow = []
        with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
            results = pool.map(lambda f: build_and_run(
                ignis, sol, f[0], f[1], args.timeout, tmp), files)
            for (rel, _), res in zip(files, results):
                all_ok = True
                for flag, ok, why, secs in res:
                    runs += 1
                    runs_ok += ok
                    all_ok &= ok
                    print("%s %-28s %-6s %s" % (
                        "PASS" if ok else "FAIL",
                        rel + (" " + flag if flag else ""),
                        "%.2fs" % secs if secs is not None else "-",
                        "" if ok else "-- " + why))
                    sys.stdout.flush()
                files_ok += all_ok
                if res and res[0][3] is not None and res[0][3] > 2.0:
                    slow.append((rel, res[0][3]))
    print("files        %d / %d (every flag passes)" % (files_ok, len(files)))
    print("runs         %d / %d" % (runs_ok, runs))
    if slow:
        print("compiles over 2 s: " + ", ".join("%s %.2fs" % s for s in slow))
    if env_note:
        print("IGNIS_DEVICE=" + env_note)


if __name__ == "__main__":
    main()
