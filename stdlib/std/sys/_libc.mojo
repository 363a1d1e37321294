# Names from libc that Mojo 1.0 keeps in std.sys._libc: signal numbers.


struct SignalCodes:
    """POSIX signal numbers (Linux and macOS agree on these)."""

    comptime HUP = 1
    comptime INT = 2
    comptime QUIT = 3
    comptime ABRT = 6
    comptime KILL = 9
    comptime ALRM = 14
    comptime TERM = 15


def kill(pid: Int32, sig: Int32) -> Int32:
    """Sends signal sig to process pid (libc kill)."""
    return __builtin.external_call["kill", Int32](pid._value, sig._value)
