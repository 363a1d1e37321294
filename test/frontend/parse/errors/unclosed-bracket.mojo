# RUN: not %ignis build %s 2>&1 | FileCheck %s
# An unclosed bracket swallows the rest of the file: report it once, where
# it opens, and nothing else.

def main():
    print(foo(1, 2)
    x = [1, 2
    y = 3

# CHECK: unclosed-bracket.mojo:6:10: error: '(' was never closed
# CHECK-NEXT: {{^    print\(foo\(1, 2\)$}}
# CHECK-NEXT: {{^         \^$}}
# CHECK-NOT: error
