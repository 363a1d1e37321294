# RUN: not %ignis build --emit=sema %s 2>&1 | FileCheck %s
# Missing return, unhandled raises, assignment to a read-only argument,
# calling a non-callable.

def sign(x: Int) -> Int:
    if x > 0:
        return 1
    elif x < 0:
        return -1

def risky() raises -> Int:
    raise Error("boom")

def careless() -> Int:
    return risky()

def reset(x: Int):
    x = 0

def main():
    var n = 3
    n(1)

# CHECK-DAG: functions.mojo:5:5: error: missing return in function 'sign' returning 'Int'
# CHECK-DAG: functions.mojo:15:12: error: call to raising function 'risky' in non-raising function 'careless'
# CHECK-DAG: functions.mojo:14:5: note: mark 'careless' with 'raises' or handle the error with 'try'
# CHECK-DAG: functions.mojo:18:5: error: cannot assign to 'x': it is a read-only argument
# CHECK-DAG: functions.mojo:17:11: note: declare it 'mut x' or 'var x' to change it
# CHECK-DAG: functions.mojo:22:5: error: 'n' of type 'Int' is not callable
