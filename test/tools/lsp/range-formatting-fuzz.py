#!/usr/bin/env python3
"""Formats random line ranges of an unformatted file through the server's
textDocument/rangeFormatting, applying each answer, and checks that every
edit stays within the requested lines' statements, that the result still
parses, and that formatting it whole gives what formatting the unformatted
file whole gives (range formatting changed nothing but layout).

  range-formatting-fuzz.py --ignis build/bin/ignis --ranges N FILE
"""
import argparse
import os
import random
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
fuzz = __import__("fuzz-edits")


def unformat(rng, text):
    """Squeezes spaces around '=' and after ',' on random code lines (not in
    strings: lines with quotes are left alone)."""
    out = []
    for line in text.split("\n"):
        if '"' not in line and rng.random() < 0.6:
            line = line.replace(" = ", "=").replace(", ", ",")
        if line.startswith("    ") and '"' not in line and rng.random() < 0.1:
            line = line + "  "
        out.append(line)
    return "\n".join(out)


def offset(text, line, ch):
    lines = text.split("\n")
    return sum(len(l) + 1 for l in lines[:line]) + ch


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("file")
    ap.add_argument("--ignis", default="ignis")
    ap.add_argument("--ranges", type=int, default=100)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    start = unformat(rng, open(args.file, encoding="utf-8").read())
    assert start.isascii(), "positions below count bytes"
    text = start
    uri = "file:///tmp/range-formatting-fuzz.mojo"
    server = fuzz.Server([args.ignis, "lsp"])
    fail = lambda why: sys.exit("range-formatting-fuzz.py: FAIL: " + why)
    server.send({"jsonrpc": "2.0", "id": 0, "method": "initialize",
                 "params": {"capabilities": {}}})
    if not server.wait_for(lambda m: m.get("id") == 0, 60):
        fail("no answer to initialize")
    server.send({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {
        "textDocument": {"uri": uri, "languageId": "mojo", "version": 1,
                         "text": text}}})
    applied = 0
    for i in range(args.ranges):
        n = text.count("\n") + 1
        first = rng.randrange(n)
        last = min(n - 1, first + rng.randrange(6))
        server.send({"jsonrpc": "2.0", "id": i + 1,
                     "method": "textDocument/rangeFormatting", "params": {
                         "textDocument": {"uri": uri},
                         "range": {"start": {"line": first, "character": 0},
                                   "end": {"line": last, "character": 1}},
                         "options": {"tabSize": 4, "insertSpaces": True}}})
        got = server.wait_for(lambda m: m.get("id") == i + 1, 60)
        if not got or "error" in got:
            fail("request %d: %s" % (i + 1, got))
        for edit in got["result"]:
            r = edit["range"]
            if r["start"]["line"] > last:
                fail("edit below the requested lines %d-%d: %s" % (first, last, r))
            b = offset(text, r["start"]["line"], r["start"]["character"])
            e = offset(text, r["end"]["line"], r["end"]["character"])
            text = text[:b] + edit["newText"] + text[e:]
            applied += 1
        server.send({"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {
            "textDocument": {"uri": uri, "version": i + 2},
            "contentChanges": [{"text": text}]}})
    server.send({"jsonrpc": "2.0", "id": "end", "method": "shutdown"})
    server.wait_for(lambda m: m.get("id") == "end", 60)
    server.send({"jsonrpc": "2.0", "method": "exit"})
    whole = lambda t: subprocess.run([args.ignis, "format", "-"], input=t,
                                     capture_output=True, text=True)
    after, before = whole(text), whole(start)
    if after.returncode != 0:
        fail("the result does not format: " + after.stderr)
    if after.stdout != before.stdout:
        fail("the result formats differently from the unformatted file")
    print("range-formatting-fuzz.py: %d ranges, %d edits applied, same layout "
          "when formatted whole" % (args.ranges, applied))


if __name__ == "__main__":
    main()
