# RUN: not %ignis build --emit=ast -o /dev/null %s 2>&1 | FileCheck %s

def main():
    x = 1
        y = 2
    if x:
        a = 1
      b = 2
    z = 3

def f():
return 1

# CHECK: indentation.mojo:5:9: error: unexpected indent
# CHECK-NEXT: {{^        y = 2$}}
# CHECK-NEXT: {{^        \^$}}
# CHECK: indentation.mojo:8:7: error: unindent does not match any outer indentation level
# CHECK: indentation.mojo:12:1: error: expected an indented block after function signature
# CHECK-NOT: error
