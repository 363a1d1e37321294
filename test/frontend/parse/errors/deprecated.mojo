# RUN: %ignis build --emit=ast -o /dev/null %s 2>&1 | FileCheck %s
# Legacy `fn` still parses, with a warning (exit code 0).

fn add(a: Int, b: Int) -> Int:
    return a + b

# CHECK: deprecated.mojo:4:1: warning: 'fn' is deprecated; use 'def'
# CHECK-NEXT: fn add(a: Int, b: Int) -> Int:
# CHECK-NEXT: {{^\^~$}}
