#!/usr/bin/env python3
"""Latency of diagnostics after a burst of edits (fast typing): BURSTS times,
EDITS full-text changes GAP ms apart, then the time from the last change to
the diagnostics of its version. A server that finishes every check it starts
makes the last version wait for the stale ones; one that abandons a check
when a newer edit is waiting answers about one check after the burst.

  burst.py --ignis build/bin/ignis FILE
"""
import argparse
import os
import random
import re
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "test",
                                "tools", "lsp"))
fuzz = __import__("fuzz-edits")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("file")
    ap.add_argument("--ignis", default="ignis")
    ap.add_argument("--bursts", type=int, default=20)
    ap.add_argument("--edits", type=int, default=8)
    ap.add_argument("--gap-ms", type=float, default=12)
    args = ap.parse_args()
    rng = random.Random(1)
    text = open(args.file).read()
    lines = text.split("\n")
    uri = "file://" + os.path.realpath(args.file)
    edit_lines = [i for i, l in enumerate(lines)
                  if re.match(r"    var v = Vec\d+\(n, n \+ \d+\)$", l)]
    server = fuzz.Server([args.ignis, "lsp"])
    server.send({"jsonrpc": "2.0", "id": 0, "method": "initialize",
                 "params": {"capabilities": {}}})
    server.wait_for(lambda m: m.get("id") == 0, 60)
    server.send({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {
        "textDocument": {"uri": uri, "languageId": "mojo", "version": 1,
                         "text": text}}})
    server.wait_for(lambda m: m.get("method") == "textDocument/publishDiagnostics", 60)
    version, waits = 1, []
    for _ in range(args.bursts):
        for _ in range(args.edits):
            version += 1
            i = rng.choice(edit_lines)
            lines[i] = re.sub(r"\+ \d+\)", "+ %d)" % rng.randrange(100), lines[i])
            server.send({"jsonrpc": "2.0", "method": "textDocument/didChange",
                         "params": {"textDocument": {"uri": uri, "version": version},
                                    "contentChanges": [{"text": "\n".join(lines)}]}})
            last = time.monotonic()
            time.sleep(args.gap_ms / 1000.0)
        v = version
        if not server.wait_for(lambda m: m.get("method") == "textDocument/publishDiagnostics"
                               and m["params"].get("version") == v, 60):
            sys.exit("burst.py: no diagnostics for version %d" % v)
        waits.append((time.monotonic() - last) * 1000)
        time.sleep(0.1)
    server.send({"jsonrpc": "2.0", "id": 1, "method": "shutdown"})
    server.wait_for(lambda m: m.get("id") == 1, 60)
    server.send({"jsonrpc": "2.0", "method": "exit"})
    waits.sort()
    print("  diagnostics after a burst of %d edits %g ms apart: p50 %6.1f ms  max %6.1f ms"
          % (args.edits, args.gap_ms, waits[len(waits) // 2], waits[-1]))


if __name__ == "__main__":
    main()
