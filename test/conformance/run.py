#!/usr/bin/env python3
"""Runs the Mojo manual's and examples' programs through `ignis run`.

Given a checkout of the public Mojo repository (or its bare git directory),
finds every .mojo file with a `def main` under mojo/docs/code and
mojo/examples, runs each with `ignis run` from its own folder (so sibling
imports work; a program of an example project runs as the project's pixi
task or Bazel test target does, with its -I folders) and prints PASS/FAIL per program, the first error line of a
failure, and totals by category (programs that import Python, and those
that use GPUs or the layout package, are counted apart). A program passes
when it exits with status 0 within the time limit; its output is not
compared with the docs. The sources are read from the checkout and run in a
temporary folder; nothing is copied into this repository.

  test/conformance/run.py MOJO_REPO [--ignis build/bin/ignis] [--timeout 60]
                          [--filter SUBSTRING] [--jobs N]
"""
import argparse
import concurrent.futures
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOTS = ("mojo/docs/code", "mojo/examples")


def extract(repo, dest):
    """The two roots of REPO (a work tree, or a bare git dir) under dest."""
    if os.path.isdir(os.path.join(repo, ROOTS[0])):
        for root in ROOTS:
            shutil.copytree(os.path.join(repo, root), os.path.join(dest, root))
        return
    archive = subprocess.run(
        ["git", "-C", repo, "archive", "HEAD", *ROOTS],
        stdout=subprocess.PIPE, check=True)
    subprocess.run(["tar", "-x", "-C", dest], input=archive.stdout, check=True)


def category(text):
    if re.search(r"^\s*(from|import)\s+(std\.)?python\b", text, re.M):
        return "python"
    if re.search(r"^\s*(from|import)\s+(layout|max\b|std\.gpu|gpu\b)", text, re.M):
        return "gpu/layout"
    return "core"


def project_root(path, top):
    """The nearest folder above path (up to top) holding a pixi.toml."""
    d = os.path.dirname(path)
    while d.startswith(top) and d != top:
        if os.path.exists(os.path.join(d, "pixi.toml")):
            return d
        d = os.path.dirname(d)
    return None


def command_for(ignis, path, top):
    """How the program's own project runs it: a pixi task naming the file
    gives its -I options (run from the project's folder); a test below a
    project's test/ folder gets the project's folder and its src/ on the
    import path, as the project's Bazel targets list them as sources.
    Otherwise the program runs from its own folder."""
    root = project_root(path, top)
    if root:
        rel = os.path.relpath(path, root)
        text = open(os.path.join(root, "pixi.toml"), encoding="utf-8").read()
        for line in text.splitlines():
            m = re.match(r'\s*[\w-]+\s*=\s*"mojo run (.*)"\s*$', line)
            if m and m.group(1).split()[-1] == rel:
                return [ignis, "run"] + m.group(1).split(), root
        if rel.split(os.sep)[0] == "test":
            incs = ["-I", root]
            if os.path.isdir(os.path.join(root, "src")):
                incs += ["-I", os.path.join(root, "src")]
            return [ignis, "run"] + incs + [path], os.path.dirname(path)
    return [ignis, "run", os.path.basename(path)], os.path.dirname(path)


def run_one(ignis, path, timeout, top):
    cmd, cwd = command_for(ignis, path, top)
    try:
        p = subprocess.run(
            cmd, cwd=cwd,
            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT, timeout=timeout)
    except subprocess.TimeoutExpired:
        return False, "timeout"
    out = p.stdout.decode("utf-8", "replace")
    if p.returncode == 0:
        return True, ""
    first = next((l for l in out.splitlines() if "error" in l.lower()),
                 out.strip().splitlines()[-1] if out.strip() else "")
    return False, "exit %d: %s" % (p.returncode, first[:160])


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("repo")
    ap.add_argument("--ignis", default=os.path.join(
        os.path.dirname(__file__), "..", "..", "build", "bin", "ignis"))
    ap.add_argument("--timeout", type=int, default=60)
    ap.add_argument("--filter", default="")
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()
    ignis = os.path.abspath(args.ignis)
    with tempfile.TemporaryDirectory(prefix="ignis-conformance-") as tmp:
        extract(args.repo, tmp)
        programs = []
        for root in ROOTS:
            for d, _, files in os.walk(os.path.join(tmp, root)):
                for f in sorted(files):
                    path = os.path.join(d, f)
                    if not f.endswith(".mojo") or args.filter not in path:
                        continue
                    text = open(path, encoding="utf-8", errors="replace").read()
                    if re.search(r"^(def|fn) main\(", text, re.M):
                        programs.append((os.path.relpath(path, tmp), path,
                                         category(text)))
        programs.sort()
        totals = {}
        with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
            results = pool.map(
                lambda p: run_one(ignis, p[1], args.timeout, tmp), programs)
            for (rel, _, cat), (ok, why) in zip(programs, results):
                t = totals.setdefault(cat, [0, 0])
                t[0] += ok
                t[1] += 1
                print("%s %-12s %s%s" % ("PASS" if ok else "FAIL", cat, rel,
                                         "" if ok else "  -- " + why))
                sys.stdout.flush()
    passed = sum(t[0] for t in totals.values())
    total = sum(t[1] for t in totals.values())
    for cat in sorted(totals):
        print("%-12s %d / %d" % (cat, totals[cat][0], totals[cat][1]))
    print("total        %d / %d" % (passed, total))


if __name__ == "__main__":
    main()
