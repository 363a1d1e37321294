"""Prints a REPL session of random Mojo fragments (seeded, so a failure
can be replayed): half-finished blocks, stray brackets and quotes, wrong
types, runtime traps, commands with junk arguments. The last line is an
expression whose echo shows the session survived."""
import random
import sys

seed = int(sys.argv[1]) if len(sys.argv) > 1 else 1
lines = int(sys.argv[2]) if len(sys.argv) > 2 else 240
rng = random.Random(seed)

pieces = [
    "def", "struct", "trait", "var", "x", "y", "=", "==", "(", ")", "[", "]",
    "{", "}", ":", ",", ".", "1", "0", "-7", "1.5", '"s"', "'", '"', "+",
    "//", "%", "not", "and", "in", "for", "if", "else:", "return", "raise",
    "List[Int]()", "print(", "len(", "Int", "String", "@", "->", "...",
    "lambda", "comptime", "import", "from", "std", "\\", "#", "None", "True",
]
whole = [
    "var x = 1", "x + 1", "x = x * 2", "print(x)", "[1, 2][5]",
    "def f(a: Int) -> Int:", "    return a // 0", "struct S:", "    var v: Int",
    "f(3)", "S()", "var s = String(\"a\")", "s + 1", ":type x", ":type (",
    ":type", ":reset", ":nope", "from std.os import abort", "abort(\"x\")",
    "for i in range(2):", "    print(i)", "if x:", "else:", "", "    ",
    "trait T:", "    def m(self): ...", "comptime N = 3", "N * x",
]

out = []
for _ in range(lines):
    r = rng.random()
    if r < 0.5:
        out.append(rng.choice(whole))
    else:
        n = rng.randint(1, 8)
        indent = "    " if rng.random() < 0.2 else ""
        line = indent + " ".join(rng.choice(pieces) for _ in range(n))
        out.append(line)
        # An open bracket waits for its closer (as in any REPL): give it
        # one, so the junk is many inputs rather than one.
        if any(c in line for c in "([{"):
            out.append(")]}" * 3)
# Close whatever block or bracket is open, then prove the session lives.
out += ["", ")]}", "", "var survived = 40",
        "print(\"the session survived\")", "survived + 2"]
print("\n".join(out))
