#!/usr/bin/env python3
"""Runs `ignis build` on every .mojo file under the given folders.

usage: build_all_sources.py IGNIS DIR...

Prints the diagnostics of each file that fails and exits 1 if any did;
otherwise prints "built N files, all clean".
"""
import os
import subprocess
import sys


def main():
    ignis, roots = sys.argv[1], sys.argv[2:]
    files = sorted(
        os.path.join(folder, name)
        for root in roots if os.path.isdir(root)
        for folder, _, names in os.walk(root)
        for name in names if name.endswith(".mojo"))
    failed = 0
    for path in files:
        # Syntax only: --emit=ast parses without checking or linking.
        result = subprocess.run([ignis, "build", "--color=never",
                                 "--emit=ast", "-o", os.devnull, path],
                                stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE, text=True)
        if result.returncode != 0 or result.stderr:
            failed += 1
            print(f"FAIL ({result.returncode}): {path}\n{result.stderr}")
    if failed:
        print(f"{failed} of {len(files)} files failed")
        return 1
    print(f"built {len(files)} files, all clean")
    return 0


if __name__ == "__main__":
    sys.exit(main())
