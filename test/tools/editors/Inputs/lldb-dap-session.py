"""Drives lldb-dap (Debug Adapter Protocol on stdin/stdout) the way the VS
Code extension's `ignis` debugger type does: launch an executable built with
`ignis build -O0 -g`, set a breakpoint on a source line, stop there, read the
call stack, clear the breakpoint, continue to the end. Prints what the
adapter answered, one fact a line.

    python3 lldb-dap-session.py LLDB_DAP EXECUTABLE SOURCE LINE
"""
import json
import os
import signal
import subprocess
import sys

dap, exe, source, line = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
# A hung adapter fails the test instead of hanging it.
signal.signal(signal.SIGALRM, lambda *_: (print("timed out"), proc.kill(),
                                          os._exit(1)))
signal.alarm(120)
proc = subprocess.Popen([dap], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                        stderr=subprocess.DEVNULL)
seq = 0


def send(command, arguments=None):
    global seq
    seq += 1
    body = json.dumps({"seq": seq, "type": "request", "command": command,
                       "arguments": arguments or {}}).encode()
    proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
    proc.stdin.flush()


def receive():
    length = None
    while True:
        header = proc.stdout.readline()
        if not header:
            print("adapter closed its output")
            sys.exit(1)
        header = header.strip()
        if not header:
            break
        if header.lower().startswith(b"content-length:"):
            length = int(header.split(b":")[1])
    return json.loads(proc.stdout.read(length))


def wait_for(pred):
    while True:
        message = receive()
        if message.get("type") == "response" and not message.get("success"):
            print("request failed: %s %s" % (message.get("command"),
                                              message.get("message")))
            sys.exit(1)
        if pred(message):
            return message


def response(command):
    return lambda m: m.get("type") == "response" and m.get("command") == command


def event(*names):
    return lambda m: m.get("type") == "event" and m.get("event") in names


send("initialize", {"adapterID": "ignis", "linesStartAt1": True,
                    "columnsStartAt1": True, "pathFormat": "path"})
wait_for(response("initialize"))
send("launch", {"program": os.path.abspath(exe), "args": [],
                "cwd": os.path.dirname(os.path.abspath(exe))})
wait_for(event("initialized"))
send("setBreakpoints", {"source": {"path": os.path.abspath(source)},
                        "breakpoints": [{"line": line}]})
for bp in wait_for(response("setBreakpoints"))["body"]["breakpoints"]:
    print("breakpoint verified: %s line %s" % (bp["verified"], bp.get("line")))
send("configurationDone")
stopped = wait_for(event("stopped", "exited"))
if stopped["event"] == "exited":
    print("exited before the breakpoint")
    sys.exit(1)
print("stopped: " + stopped["body"]["reason"])
thread = stopped["body"]["threadId"]
send("stackTrace", {"threadId": thread, "levels": 2})
for frame in wait_for(response("stackTrace"))["body"]["stackFrames"]:
    print("frame: %s:%s" % (frame.get("source", {}).get("name"), frame["line"]))
send("setBreakpoints", {"source": {"path": os.path.abspath(source)},
                        "breakpoints": []})
wait_for(response("setBreakpoints"))
send("continue", {"threadId": thread})
exited = wait_for(event("exited"))
print("exit code: %d" % exited["body"]["exitCode"])
send("disconnect", {"terminateDebuggee": True})
wait_for(response("disconnect"))
proc.stdin.close()
print("adapter exit status: %d" % proc.wait(timeout=30))
