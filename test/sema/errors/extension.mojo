# RUN: not %ignis build %s 2>&1 | FileCheck %s
# `__extension` parses but is not supported.

__extension Int:
    def twice(self) -> Int:
        return self * 2

def main():
    pass

# CHECK: extension.mojo:4:1: error: '__extension' is not supported yet
# CHECK-NEXT: {{^__extension Int:$}}
# CHECK-NEXT: {{^\^~~~~~~~~~~~~~~$}}
# CHECK-NOT: error
