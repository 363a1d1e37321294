# RUN: not %ignis run %s 2>&1 | FileCheck %s --match-full-lines
# RUN: %ignis build --emit=llvm -O0 --target-cpu=x86-64-v2 %s -o - | FileCheck %s --check-prefix=IR
# `-> Never`: a function that never returns normally needs no `return`;
# code after a call of it is not reached. A non-raising one is `noreturn
# cold` in LLVM IR, so one whose body falls off its end (breaking its
# declaration) stops the program with a message instead of returning.


def fail(message: String) -> Never:
    print(message)
    __builtin.external_call["ignis_rt_exit", Never](3)


def pick(x: Int) -> Int:
    if x > 0:
        return x
    fail("negative")  # no return needed after it


def broken() -> Never:
    print("in broken")


def main():
    print(pick(5))
    broken()
    print("not reached")

# CHECK: 5
# CHECK-NEXT: in broken
# CHECK-NEXT: 'broken' is declared '-> Never' but returned
# CHECK-NOT: not reached

# IR: declare void @ignis_rt_exit(i64) [[EXIT:#[0-9]+]]
# IR: define internal void @_ignis_fail_{{[0-9]+}}({{.*}}) [[FAIL:#[0-9]+]]
# IR: call void @ignis_rt_exit(i64 3)
# IR-NEXT: unreachable
# IR: define internal void @_ignis_broken_{{[0-9]+}}() [[FAIL]]
# IR: call void @ignis_rt_abort(
# IR-NEXT: unreachable
# IR-DAG: attributes [[EXIT]] = { noreturn }
# IR-DAG: attributes [[FAIL]] = { cold noreturn nounwind {{.*}}}
