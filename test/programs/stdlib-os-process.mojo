# RUN: %ignis run %s | FileCheck %s --match-full-lines
# std.os.Process: run an executable found in PATH, wait for its exit code,
# poll it, and end it with a signal (std.sys._libc.SignalCodes).
from std.os import Process
from std.sys._libc import SignalCodes


def main() raises:
    var ok = Process.run("true", List[String]())
    var status = ok.wait()
    print(status.has_exited(), status.exit_code.value(), Bool(status.term_signal))
    # CHECK: True 0 False
    var args = List[String]()
    args.append("-c")
    args.append("exit 3")
    var three = Process.run("sh", args)
    print(three.wait().exit_code.value())
    # CHECK-NEXT: 3

    var long_args = List[String]()
    long_args.append("5")
    var sleeper = Process.run("sleep", long_args)
    print(sleeper.poll().has_exited())
    # CHECK-NEXT: False
    print(sleeper.kill())
    # CHECK-NEXT: True
    var killed = sleeper.wait()
    print(killed.term_signal.value() == SignalCodes.KILL, sleeper.kill())
    # CHECK-NEXT: True False
    try:
        _ = Process.run("/nonexistent/ignis-program", List[String]())
    except e:
        print(e)
    # CHECK-NEXT: Failed to execute /nonexistent/ignis-program, EINT error code: 2
