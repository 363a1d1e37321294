#!/usr/bin/env python3
"""Latency of `ignis lsp` after an edit on a large file, and its peak RSS.

Opens FILE, then EDITS times: changes one line of a random function (a
full-text didChange), and at once asks for hover on a method call and for
completion after `v.`. For each kind it prints p50/p99 of the time from the
change to the answer (what a user waits for: it includes re-checking the
file), and of the request alone (the answer once the check is done). Beside
them: the one-shot `ignis build --emit=sema FILE` time, the floor a full
re-check cannot beat.

  bench_lsp.py --ignis build/bin/ignis --edits 200 FILE
"""
import argparse
import os
import random
import re
import subprocess
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "test",
                                "tools", "lsp"))
fuzz = __import__("fuzz-edits")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("file")
    ap.add_argument("--ignis", default="ignis")
    ap.add_argument("--edits", type=int, default=200)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    text = open(args.file).read()
    lines = text.split("\n")
    uri = "file://" + os.path.realpath(args.file)
    edit_lines = [i for i, l in enumerate(lines) if re.match(r"    var v = Vec\d+\(n, n \+ \d+\)$", l)]
    calls = [(i, l.index(".scaled") + 2) for i, l in enumerate(lines) if "v.scaled(k)" in l]
    dots = [(i, l.index("v.tag") + 2) for i, l in enumerate(lines) if "names.append(v.tag)" in l]

    one_shot = []
    for _ in range(5):
        s = time.monotonic()
        subprocess.run([args.ignis, "build", "--emit=sema", args.file],
                       stdout=subprocess.DEVNULL, check=True)
        one_shot.append(time.monotonic() - s)

    server = fuzz.Server([args.ignis, "lsp"])
    server.send({"jsonrpc": "2.0", "id": 0, "method": "initialize", "params": {"capabilities": {}}})
    server.wait_for(lambda m: m.get("id") == 0, 60)
    server.send({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {
        "textDocument": {"uri": uri, "languageId": "mojo", "version": 1, "text": text}}})
    server.wait_for(lambda m: m.get("method") == "textDocument/publishDiagnostics", 60)
    after = {"diagnostics": [], "hover": [], "completion": []}
    alone = {"hover": [], "completion": []}
    next_id = 1
    for e in range(args.edits):
        i = rng.choice(edit_lines)
        lines[i] = re.sub(r"\+ \d+\)", "+ %d)" % rng.randrange(100), lines[i])
        version = e + 2
        start = time.monotonic()
        server.send({"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {
            "textDocument": {"uri": uri, "version": version},
            "contentChanges": [{"text": "\n".join(lines)}]}})
        sent = {}
        for kind, (line, col) in (("hover", rng.choice(calls)), ("completion", rng.choice(dots))):
            sent[next_id] = kind
            server.send({"jsonrpc": "2.0", "id": next_id, "method": "textDocument/" + kind,
                         "params": {"textDocument": {"uri": uri},
                                    "position": {"line": line, "character": col}}})
            next_id += 1
        pending = set(sent)
        got_diag = False
        last = start
        while pending or not got_diag:
            m = server.wait_for(lambda m: True, 60)
            if m is None:
                sys.exit("bench_lsp.py: the server stopped answering")
            now = time.monotonic()
            if m.get("method") == "textDocument/publishDiagnostics":
                if m["params"]["diagnostics"]:
                    sys.exit("bench_lsp.py: unexpected diagnostics: %s" % m["params"]["diagnostics"][0])
                after["diagnostics"].append(now - start)
                got_diag = True
            elif m.get("id") in pending:
                kind = sent[m["id"]]
                if not m.get("result"):
                    sys.exit("bench_lsp.py: empty %s answer" % kind)
                after[kind].append(now - start)
                alone[kind].append(now - last)
                pending.discard(m["id"])
            last = now
    rss = None
    with open("/proc/%d/status" % server.proc.pid) as f:
        for l in f:
            if l.startswith("VmHWM:"):
                rss = int(l.split()[1]) // 1024
    server.send({"jsonrpc": "2.0", "id": next_id, "method": "shutdown"})
    server.wait_for(lambda m: m.get("id") == next_id, 60)
    server.send({"jsonrpc": "2.0", "method": "exit"})
    server.proc.wait(timeout=60)

    p = fuzz.percentile
    print("%s: %d lines, %d edits" % (os.path.basename(args.file), len(lines), args.edits))
    print("  one-shot ignis build --emit=sema: median %.1f ms" % (1000 * sorted(one_shot)[2]))
    for kind, ts in after.items():
        print("  %-12s after an edit: p50 %7.1f ms  p99 %7.1f ms" % (kind, 1000 * p(ts, 50), 1000 * p(ts, 99)))
    for kind, ts in alone.items():
        print("  %-12s request alone: p50 %7.1f ms  p99 %7.1f ms" % (kind, 1000 * p(ts, 50), 1000 * p(ts, 99)))
    print("  peak RSS %s MB" % rss)


if __name__ == "__main__":
    main()
