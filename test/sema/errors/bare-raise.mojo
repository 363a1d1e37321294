# RUN: not %ignis build %s 2>&1 | FileCheck %s
# `raise` without a value needs a caught error to raise again.

def f() raises:
    raise

def g() raises:
    try:
        pass
    finally:
        raise

def main() raises:
    f()
    g()

# CHECK: bare-raise.mojo:5:5: error: 'raise' without a value is allowed only in an 'except' block
# CHECK-NEXT: {{^    raise$}}
# CHECK-NEXT: {{^    \^~~~~$}}
# CHECK: bare-raise.mojo:11:9: error: 'raise' without a value is allowed only in an 'except' block
# CHECK-NOT: error
