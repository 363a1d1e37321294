#!/usr/bin/env python3
"""Frames and unframes LSP sessions for the lit tests of `ignis lsp`.

  lsp-session.py SESSION      prints SESSION's messages with Content-Length
                              headers (what an editor sends)
  lsp-session.py --decode     reads framed messages from stdin and prints
                              each JSON body on its own line (exact bytes);
                              fails if a header does not match its body

A session holds one JSON message per line; lines that are blank or start
with '#' are skipped (so a lit .test file can be its own session). In a
message, "@TEXT:path" (a JSON string) becomes the contents of path and
@URI:path the file:// URI of path, paths relative to the session file.
A line "@PAUSE:MS" sends what came before it and waits MS milliseconds
(to let the server go idle and start checking; use it only where a slow
server still passes, or with a stalled check, `--debug-stall-on`).
"""
import json
import os
import re
import sys
import time


def encode(session):
    base = os.path.dirname(os.path.abspath(session))
    data = b""
    with open(session, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            if line.startswith("@PAUSE:"):
                sys.stdout.buffer.write(data)
                sys.stdout.buffer.flush()
                data = b""
                time.sleep(int(line[len("@PAUSE:"):]) / 1000.0)
                continue

            def text(m):
                with open(os.path.join(base, m.group(1)), encoding="utf-8") as t:
                    return json.dumps(t.read())

            def uri(m):
                path = os.path.realpath(os.path.join(base, m.group(1)))
                return "file://" + path

            line = re.sub(r'"@TEXT:([^"]+)"', text, line)
            line = re.sub(r"@URI:([^\"\s]+)", uri, line)
            json.loads(line)  # a session must hold valid JSON
            body = line.encode("utf-8")
            data += b"Content-Length: %d\r\n\r\n" % len(body) + body
    # One write (between pauses): the server sees the whole session at
    # once, so which edits it coalesces (checks only the last of) does not
    # depend on timing.
    sys.stdout.buffer.write(data)
    sys.stdout.buffer.flush()


def decode():
    data = sys.stdin.buffer.read()
    pos = 0
    while pos < len(data):
        end = data.find(b"\r\n\r\n", pos)
        if end < 0:
            sys.exit("lsp-session.py: trailing bytes without a header: %r" % data[pos:pos + 80])
        header = data[pos:end].decode("ascii")
        m = re.match(r"Content-Length: (\d+)$", header)
        if not m:
            sys.exit("lsp-session.py: bad header %r" % header)
        n = int(m.group(1))
        body = data[end + 4:end + 4 + n]
        if len(body) != n:
            sys.exit("lsp-session.py: body shorter than its Content-Length")
        json.loads(body)
        sys.stdout.write(body.decode("utf-8") + "\n")
        pos = end + 4 + n


if __name__ == "__main__":
    if len(sys.argv) == 2 and sys.argv[1] == "--decode":
        decode()
    elif len(sys.argv) == 2:
        encode(sys.argv[1])
    else:
        sys.exit(__doc__)
