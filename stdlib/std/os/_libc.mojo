# Small helpers for calling libc from std.os, std.io and std.pathlib: C
# strings, errno and strerror's text, and the fields of `struct stat`.

from std.sys.info import CompilationTarget

comptime _byte_ptr = __builtin.pointer[__builtin.simd[DType.uint8, 1]]


def _c_string(text: String) -> String:
    """A copy of text with a NUL byte after it (pass `result._data`)."""
    var result = String(capacity=len(text) + 1)
    result.write_bytes(text._data, len(text))
    var nul = UInt8(0)
    result.write_bytes(__builtin.bitcast[__builtin.simd[DType.uint8, 1]](__builtin.address_of(nul)), 1)
    return result^


def _from_c_string(text: _byte_ptr) -> String:
    """A String copy of the NUL-terminated bytes at text."""
    var length = Int(raw=__builtin.external_call["strlen", __builtin.simd[DType.index, 1]](text))
    var result = String(capacity=length)
    result.write_bytes(text, length)
    return result^


def _errno() -> Int:
    var location = __builtin.external_call[
        "__errno_location", __builtin.pointer[__builtin.simd[DType.int32, 1]]
    ]()
    return Int(Int32(raw=__builtin.load(location)))


def _strerror(code: Int) -> String:
    """strerror's text for an errno value ("No such file or directory")."""
    return _from_c_string(__builtin.external_call["strerror", _byte_ptr](Int32(code)._value))


def _errno_text() -> String:
    """strerror's text for the current errno."""
    return _strerror(_errno())


# struct stat on Linux (glibc): st_mode is at byte 24 on x86-64 and byte 16
# on AArch64 (and the other "generic" layouts); st_size is at byte 48 on
# both. macOS: st_mode at 4, st_size at 96.
comptime _S_IFMT = 0o170000
comptime _S_IFDIR = 0o040000
comptime _S_IFREG = 0o100000
comptime _S_IFLNK = 0o120000


def _stat_fields(path: String, follow_links: Bool = True) -> (Bool, Int, Int):
    """(found, st_mode, st_size) of path."""
    var c_path = _c_string(path)
    var buffer = alloc[UInt8](256)
    var rc: Int32
    if follow_links:
        rc = __builtin.external_call["stat", Int32](c_path._data, buffer._ptr)
    else:
        rc = __builtin.external_call["lstat", Int32](c_path._data, buffer._ptr)
    if rc != 0:
        buffer.free()
        return (False, 0, 0)
    var mode_at = 24
    var size_at = 48
    comptime if CompilationTarget.is_macos():
        mode_at = 4
        size_at = 96
    elif not CompilationTarget.is_x86():
        mode_at = 16
    var mode: Int
    comptime if CompilationTarget.is_macos():
        mode = Int((buffer + mode_at).bitcast[UInt16]()[0])
    else:
        mode = Int((buffer + mode_at).bitcast[UInt32]()[0])
    var size = Int((buffer + size_at).bitcast[Int64]()[0])
    buffer.free()
    return (True, mode, size)
