#!/usr/bin/env python3
"""Regenerates the `# CHECK` lines of an --emit=ast golden test.

usage: update_ast_checks.py IGNIS FILE...

Runs `IGNIS build --emit=ast FILE`, removes the file's existing CHECK lines
and appends one `# CHECK-NEXT:` line per output line (the first is
`# CHECK:`), so the whole tree is matched exactly. The RUN line should use
`FileCheck %s --match-full-lines --strict-whitespace`; then the text right
after the colon (indentation included) must equal the output line. Review the diff before
committing: the output becomes the expectation.
"""
import subprocess
import sys


def main():
    ignis, files = sys.argv[1], sys.argv[2:]
    for path in files:
        out = subprocess.run([ignis, "build", "--emit=ast", path],
                             capture_output=True, text=True, check=True).stdout
        with open(path) as f:
            kept = [l for l in f.read().split("\n")
                    if not l.startswith("# CHECK")]
        while kept and kept[-1] == "":
            kept.pop()
        checks = []
        for i, line in enumerate(out.rstrip("\n").split("\n")):
            tag = "CHECK" if i == 0 else "CHECK-NEXT"
            checks.append(f"# {tag}:{line}" if line.strip() else f"# {tag}-EMPTY:")
        with open(path, "w") as f:
            f.write("\n".join(kept + [""] + checks) + "\n")


if __name__ == "__main__":
    main()
