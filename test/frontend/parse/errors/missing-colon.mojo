# RUN: not %ignis build %s 2>&1 | FileCheck %s
# Each missing ':' is reported right after the header, and the indented
# body is still parsed (one run reports every error).

def main()
    if x == 1
        pass
    for i in range(3)
        pass
    while True
        break
    if x:
        pass
    else
        pass

struct Point
    var x: Int

# CHECK: missing-colon.mojo:5:11: error: expected ':' after function signature
# CHECK-NEXT: def main()
# CHECK-NEXT: {{^          \^$}}
# CHECK: missing-colon.mojo:6:14: error: expected ':' after 'if' condition
# CHECK: missing-colon.mojo:8:22: error: expected ':' after 'for' clause
# CHECK: missing-colon.mojo:10:15: error: expected ':' after 'while' condition
# CHECK: missing-colon.mojo:14:9: error: expected ':' after 'else'
# CHECK: missing-colon.mojo:17:13: error: expected ':' after struct declaration
# CHECK-NOT: error
