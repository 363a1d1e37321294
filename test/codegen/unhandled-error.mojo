# An error that leaves a `raises` main is printed like Mojo does, after
# the output so far, and the exit status is 1 (for run and for executables).
# RUN: not %ignis run %s > %t.out 2> %t.err
# RUN: FileCheck %s --check-prefix=OUT --input-file=%t.out
# RUN: FileCheck %s --check-prefix=ERR --input-file=%t.err
# RUN: sh -c '%ignis run %s >/dev/null 2>&1; test $? = 1'
# RUN: %ignis build %s -o %t.exe
# RUN: sh -c '%t.exe >/dev/null 2>&1; test $? = 1'

def fail(n: Int) raises -> Int:
    if n > 2:
        raise Error("boom")
    return n

def main() raises:
    try:
        _ = fail(5)
    except e:
        print("caught", e)
    finally:
        print("finally")
    print(fail(1))
    _ = fail(3)
    print("not reached")

# OUT:      caught boom
# OUT-NEXT: finally
# OUT-NEXT: 1
# OUT-NOT:  not reached
# ERR:      Unhandled exception caught during execution: boom
