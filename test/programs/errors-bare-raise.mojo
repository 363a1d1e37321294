# RUN: %ignis run %s | FileCheck %s --match-full-lines
# A bare `raise` in an `except` block raises the caught error again
# (named or not); the caller's handler gets the same error.

def validate(v: Int) raises -> Int:
    if v < 0:
        raise Error("negative: ", v)
    return v

def again(v: Int) raises:
    try:
        _ = validate(v)
    except e:
        print("seen", e)
        raise

def again_unnamed(v: Int) raises:
    try:
        _ = validate(v)
    except:
        raise

def main():
    try:
        again(-1)
    except e:
        print("outer", e)
    try:
        again_unnamed(-2)
    except e:
        print("outer", e)
    try:
        again(3)
        print("no error")
    except e:
        print("bad")
# CHECK: seen negative: -1
# CHECK-NEXT: outer negative: -1
# CHECK-NEXT: outer negative: -2
# CHECK-NEXT: no error
