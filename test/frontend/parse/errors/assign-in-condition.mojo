# RUN: not %ignis build %s 2>&1 | FileCheck %s

def main():
    if x = 1:
        pass
    elif y = 2:
        pass
    while z = 3:
        pass

# CHECK: assign-in-condition.mojo:4:10: error: assignment '=' in a condition; did you mean '=='?
# CHECK-NEXT: {{^    if x = 1:$}}
# CHECK-NEXT: {{^         \^$}}
# CHECK: assign-in-condition.mojo:6:12: error: assignment '=' in a condition; did you mean '=='?
# CHECK: assign-in-condition.mojo:8:13: error: assignment '=' in a condition; did you mean '=='?
# CHECK-NOT: error
