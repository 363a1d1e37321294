# Child processes (Mojo 1.0's std/os/process): Process.run(path, argv)
# starts an executable (searched in PATH, with this process's environment)
# through posix_spawnp; poll, wait, hangup, interrupt and kill manage it.

from std.os._libc import _c_string
from std.sys._libc import SignalCodes, kill

comptime _byte_ptr = __builtin.pointer[__builtin.simd[DType.uint8, 1]]
comptime _index = __builtin.simd[DType.index, 1]


struct ProcessStatus(Copyable, ImplicitlyCopyable, Movable):
    """How a child ended: exit_code, term_signal, or neither (running)."""

    var exit_code: Optional[Int]
    var term_signal: Optional[Int]

    def __init__(out self, var exit_code: Optional[Int] = None, var term_signal: Optional[Int] = None):
        self.exit_code = exit_code^
        self.term_signal = term_signal^

    def __init__(out self, *, copy: Self):
        self.exit_code = copy.exit_code.copy()
        self.term_signal = copy.term_signal.copy()

    @staticmethod
    def running() -> Self:
        return Self()

    def has_exited(self) -> Bool:
        return Bool(self.exit_code) or Bool(self.term_signal)


struct Process:
    """A child process started with Process.run; destroying it waits for
    the child to end."""

    var child_pid: Int
    var status: Optional[ProcessStatus]

    def __init__(out self, child_pid: Int):
        self.child_pid = child_pid
        self.status = None

    def __del__(deinit self):
        if self.status:
            return
        var raw = Int32(0)
        _ = __builtin.external_call["waitpid", Int32](
            Int32(self.child_pid)._value, __builtin.address_of(raw), Int32(0)._value
        )

    def _kill(mut self, signal: Int) -> Bool:
        if self.status and self.status.value().has_exited():
            return False
        return kill(Int32(self.child_pid), Int32(signal)) > -1

    def _check_status(self, pid: Int, status: Int) raises -> ProcessStatus:
        if pid == self.child_pid:
            if (status & 0x7F) == 0:
                return ProcessStatus(exit_code=Optional[Int]((status & 0xFF00) >> 8))
            return ProcessStatus(term_signal=Optional[Int](status & 0x7F))
        elif pid == 0:
            return ProcessStatus.running()
        raise Error("waitpid failed with errno " + String(_errno_value()))

    def _waitpid(self, flags: Int) -> (Int, Int):
        var raw = Int32(0)
        var pid = __builtin.external_call["waitpid", Int32](
            Int32(self.child_pid)._value, __builtin.address_of(raw), Int32(flags)._value
        )
        return (Int(pid), Int(raw))

    def hangup(mut self) -> Bool:
        """Sends SIGHUP; False when it could not be sent or the child ended."""
        return self._kill(SignalCodes.HUP)

    def interrupt(mut self) -> Bool:
        """Sends SIGINT."""
        return self._kill(SignalCodes.INT)

    def kill(mut self) -> Bool:
        """Sends SIGKILL."""
        return self._kill(SignalCodes.KILL)

    def poll(mut self) raises -> ProcessStatus:
        """The status without waiting (running() while the child runs)."""
        if self.status:
            return self.status.value()
        var got = self._waitpid(1)  # WNOHANG
        var result = self._check_status(got[0], got[1])
        if result.has_exited():
            self.status = result
        return result

    def wait(mut self) raises -> ProcessStatus:
        """Waits for the child to end and returns how it ended."""
        if self.status:
            return self.status.value()
        var got = self._waitpid(0)
        var result = self._check_status(got[0], got[1])
        if not result.has_exited():
            raise Error("Blocking waitpid returned without process exiting.")
        self.status = result
        return result

    @staticmethod
    def run(var path: String, argv: List[String]) raises -> Process:
        """Starts path (looked up in PATH when it has no "/") with the
        arguments argv (argv[0] of the child is path's last component)."""
        var slash = path.rfind("/")
        var file_name = path._slice(slash + 1, len(path))
        var c_strings = List[String]()
        c_strings.append(_c_string(file_name))
        for arg in argv:
            c_strings.append(_c_string(arg))
        var pointers = alloc[Int](len(c_strings) + 1)
        for i in range(len(c_strings)):
            pointers[i] = Int(raw=__builtin.ptr_to_int(c_strings[i]._data))
        pointers[len(c_strings)] = 0
        var c_path = _c_string(path)
        var environ_name: StringLiteral = "environ\0"
        var environ_var = __builtin.external_call["dlsym", __builtin.pointer[_byte_ptr]](
            Int(0)._value, __builtin.string_data(environ_name)
        )
        var envp = __builtin.load(environ_var)
        var pid = Int32(0)
        var rc = __builtin.external_call["posix_spawnp", Int32](
            __builtin.address_of(pid),
            c_path._data,
            Int(0)._value,
            Int(0)._value,
            pointers._ptr,
            envp,
        )
        pointers.free()
        # The argument strings must live until posix_spawnp has copied them
        # (values are destroyed after their last use).
        _ = len(c_strings)
        if rc > 0:
            raise Error("Failed to execute ", path, ", EINT error code: ", rc)
        return Process(Int(pid))


def _errno_value() -> Int:
    var location = __builtin.external_call[
        "__errno_location", __builtin.pointer[__builtin.simd[DType.int32, 1]]
    ]()
    return Int(Int32(raw=__builtin.load(location)))
