"""Formats mutated copies of Mojo files and reports any exit status other
than 0 (formatted) or 1 (does not parse): a crash, a hang, or a failed
safety check (2). usage: mutate.py IGNIS SEED COUNT FILE..."""
import random
import subprocess
import sys

ignis, seed, count, files = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sorted(sys.argv[4:])
rng = random.Random(seed)
pieces = ["# c", "  # trailing", "# fmt: off", "# fmt: on", "(", ")", ",", "x,",
          "\\", '"""', "'", "    ", "\t", "[", "]", "{", "}", ":", "if x:",
          "pass", "^", "**", "-", "@", "lambda", "for", "\n\n\n\n"]
bad = 0
for _ in range(count):
    lines = open(rng.choice(files), encoding="utf-8").read().split("\n")
    for _ in range(rng.randint(1, 4)):
        i = rng.randrange(len(lines))
        op = rng.randint(0, 4)
        if op == 0:
            del lines[i]
        elif op == 1:
            lines.insert(i, lines[i])
        elif op == 2:
            p = rng.randint(0, len(lines[i]))
            lines[i] = lines[i][:p] + rng.choice(pieces) + lines[i][p:]
        elif op == 3:
            lines[i] = " " * rng.randint(0, 12) + lines[i].lstrip()
        else:
            lines.insert(i, " " * rng.choice([0, 4, 8]) +
                         rng.choice(["# fmt: off", "# fmt: on", "# note"]))
        if not lines:
            lines = [""]
    try:
        r = subprocess.run([ignis, "format", "-"], input="\n".join(lines).encode(),
                           capture_output=True, timeout=30)
        status = r.returncode
    except subprocess.TimeoutExpired:
        status = "timeout"
    if status not in (0, 1):
        bad += 1
        print("status", status)
print("bad:", bad)
