#!/usr/bin/env python3
"""Random-edit session against `ignis lsp`: no crash, no hang, every answer.

Opens FILE, then sends --edits random edits (truncations, junk insertions,
deleted and duplicated lines, bracket soup, astral characters, chains
thousands of links long), each as a
full-text didChange followed by one request (hover, definition, completion,
documentSymbol) at a random position. Fails if a request is not answered
within --timeout seconds, if an edit gets no publishDiagnostics, or if the
server does not exit with status 0 after shutdown/exit. With --report it
prints p50/p99 latencies per kind and the server's peak RSS (bench/lsp).

  fuzz-edits.py --ignis build/bin/ignis --edits 2000 --seed 1 FILE
"""
import argparse
import json
import os
import queue
import random
import subprocess
import sys
import threading
import time

JUNK = ["(", ")", "[", "]", "{", "}", ":", ".", ",", "def ", "struct ",
        "var ", "return ", "    ", "\n", "\t", "'", '"', '"""', "#", "\\",
        "x.", "self.", "__init__", "@", "->", "raises", "😀", "🔥", "\x00",
        "comptime ", "trait ", "import ", "from std import ", "^", "**",
        "999999999999999999999999999", "Int", "List[", "for i in range(",
        "\r\n", "lambda x: ", "if True:\n", "else:", "try:", "except e:"]


def mutate(rng, text):
    lines = text.split("\n")
    kind = rng.randrange(8)
    if kind == 0 and text:  # truncate
        return text[: rng.randrange(len(text))]
    if kind == 1:  # junk at a random place
        at = rng.randrange(len(text) + 1)
        junk = "".join(rng.choice(JUNK) for _ in range(rng.randint(1, 4)))
        return text[:at] + junk + text[at:]
    if kind == 2 and len(lines) > 1:  # delete a line
        del lines[rng.randrange(len(lines))]
        return "\n".join(lines)
    if kind == 3 and lines:  # duplicate a block
        a = rng.randrange(len(lines))
        b = min(len(lines), a + rng.randint(1, 8))
        return "\n".join(lines[:b] + lines[a:b] + lines[b:])
    if kind == 4 and text:  # delete a span
        a = rng.randrange(len(text))
        return text[:a] + text[a + rng.randint(1, 40):]
    if kind == 5:  # random printable bytes
        at = rng.randrange(len(text) + 1)
        junk = "".join(chr(rng.randint(32, 126)) for _ in range(rng.randint(1, 12)))
        return text[:at] + junk + text[at:]
    if kind == 6:  # a long chain (the tree as deep as the text is long)
        at = rng.randrange(len(text) + 1)
        link = rng.choice(["()", ".x", "[0]", " + 1", " < 1", " and x", "("])
        return text[:at] + link * rng.randint(100, 20000) + text[at:]
    return text  # unchanged (a re-check of the same text)


class Server:
    def __init__(self, cmd):
        self.proc = subprocess.Popen(cmd, stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE,
                                     stderr=subprocess.DEVNULL)
        self.messages = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        out = self.proc.stdout
        while True:
            header = b""
            while not header.endswith(b"\r\n\r\n"):
                c = out.read(1)
                if not c:
                    self.messages.put(None)
                    return
                header += c
            n = int(header.split(b":")[1].strip().split(b"\r")[0])
            self.messages.put(json.loads(out.read(n)))

    def send(self, msg):
        body = json.dumps(msg).encode("utf-8")
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.proc.stdin.flush()

    def wait_for(self, pred, timeout):
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                return None
            try:
                msg = self.messages.get(timeout=left)
            except queue.Empty:
                return None
            if msg is None:
                return None
            if pred(msg):
                return msg


def vm_kb(pid, field):
    """A VmRSS/VmHWM line of /proc/PID/status, in kB (None if unreadable)."""
    try:
        with open("/proc/%d/status" % pid) as f:
            for line in f:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except OSError:
        pass
    return None


def percentile(values, p):
    if not values:
        return float("nan")
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100.0 * (len(values) - 1))))]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("file")
    ap.add_argument("--ignis", default="ignis")
    ap.add_argument("--edits", type=int, default=50)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--timeout", type=float, default=60)
    ap.add_argument("--report", action="store_true")
    ap.add_argument("--save-crashes", metavar="DIR",
                    help="write each text whose check crashed into DIR")
    ap.add_argument("--reset-every", type=int, default=25,
                    help="go back to the original text every N edits")
    args = ap.parse_args()

    rng = random.Random(args.seed)
    original = open(args.file, encoding="utf-8").read()
    uri = "file://" + os.path.realpath(args.file)
    server = Server([args.ignis, "lsp"])
    fail = lambda why: sys.exit("fuzz-edits.py: FAIL (seed %d): %s" % (args.seed, why))

    server.send({"jsonrpc": "2.0", "id": 0, "method": "initialize",
                 "params": {"capabilities": {}}})
    if not server.wait_for(lambda m: m.get("id") == 0, args.timeout):
        fail("no answer to initialize")
    server.send({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {
        "textDocument": {"uri": uri, "languageId": "mojo", "version": 1,
                         "text": original}}})
    times = {"diagnostics": [], "hover": [], "definition": [], "completion": [],
             "documentSymbol": []}
    text, next_id, crashes = original, 1, 0
    rss_samples = []
    for edit in range(args.edits):
        text = original if args.reset_every and edit % args.reset_every == 0 \
            else mutate(rng, text)
        version = edit + 2
        start = time.monotonic()
        server.send({"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {
            "textDocument": {"uri": uri, "version": version},
            "contentChanges": [{"text": text}]}})
        got = server.wait_for(
            lambda m: m.get("method") == "textDocument/publishDiagnostics"
            and m["params"].get("version") == version, args.timeout)
        if not got:
            fail("no diagnostics after edit %d (server %s)" %
                 (edit, "exited" if server.proc.poll() is not None else "hung"))
        times["diagnostics"].append(time.monotonic() - start)
        if any("internal compiler error" in d["message"]
               for d in got["params"]["diagnostics"]):
            crashes += 1
            if args.save_crashes:
                path = os.path.join(args.save_crashes, "crash-%d-%d.mojo" % (args.seed, edit))
                with open(path, "w", encoding="utf-8") as f:
                    f.write(text)
        lines = text.split("\n")
        line = rng.randrange(len(lines))
        col = rng.randrange(len(lines[line]) + 1)
        kind = rng.choice(["hover", "definition", "completion", "documentSymbol"])
        params = {"textDocument": {"uri": uri}}
        if kind != "documentSymbol":
            params["position"] = {"line": line, "character": col}
        rid = next_id
        next_id += 1
        start = time.monotonic()
        server.send({"jsonrpc": "2.0", "id": rid,
                     "method": "textDocument/" + kind, "params": params})
        got = server.wait_for(lambda m: m.get("id") == rid, args.timeout)
        if not got:
            fail("no answer to %s at %d:%d after edit %d" % (kind, line, col, edit))
        if "error" in got:
            fail("error answer to %s: %s" % (kind, got["error"]))
        times[kind].append(time.monotonic() - start)
        if args.report and (edit + 1) % max(1, args.edits // 10) == 0:
            rss_samples.append((edit + 1, vm_kb(server.proc.pid, "VmRSS")))

    server.send({"jsonrpc": "2.0", "id": next_id, "method": "shutdown"})
    if not server.wait_for(lambda m: m.get("id") == next_id, args.timeout):
        fail("no answer to shutdown")
    rss = vm_kb(server.proc.pid, "VmHWM")
    server.send({"jsonrpc": "2.0", "method": "exit"})
    try:
        status = server.proc.wait(timeout=args.timeout)
    except subprocess.TimeoutExpired:
        server.proc.kill()
        fail("server did not exit")
    if status != 0:
        fail("server exited with status %d" % status)
    print("fuzz-edits.py: %d edits, %d requests answered, server exited 0"
          % (args.edits, next_id))
    # A recovered crash is still a bug in the parser or sema.
    print("fuzz-edits.py: %d checks crashed (recovered)" % crashes)
    if args.report:
        for kind, ts in times.items():
            if ts:
                print("  %-15s n=%-5d p50 %7.1f ms   p99 %7.1f ms   max %7.1f ms" % (
                    kind, len(ts), 1000 * percentile(ts, 50),
                    1000 * percentile(ts, 99), 1000 * max(ts)))
        print("  peak RSS %s MB" % (rss // 1024 if rss else None))
        # Memory stays bounded: RSS after each tenth of the session.
        print("  RSS after edits: " + ", ".join(
            "%d: %d MB" % (n, kb // 1024) for n, kb in rss_samples if kb))


if __name__ == "__main__":
    main()
