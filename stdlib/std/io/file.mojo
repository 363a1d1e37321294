# File I/O: open(path, mode) and FileHandle, over a Unix file descriptor
# (libc open/read/write/lseek/close), as Mojo 1.0's std/io/file.

from std.os.pathlike import PathLike
from std.os._libc import _c_string, _errno_text
from std.os.path.path import dirname
from std.os.os import makedirs
from std.sys.info import CompilationTarget

comptime _byte_ptr = __builtin.pointer[__builtin.simd[DType.uint8, 1]]
comptime _index = __builtin.simd[DType.index, 1]


def _open_flags(mode: String) raises -> Int:
    """open(2) flags for a Mojo mode ("r", "w", "rw", "a")."""
    comptime if CompilationTarget.is_macos():
        if mode == "r":
            return 0x1000000  # O_RDONLY | O_CLOEXEC
        if mode == "w":
            return 0x1000000 | 0x1 | 0x200 | 0x400
        if mode == "rw":
            return 0x1000000 | 0x2 | 0x200
        if mode == "a":
            return 0x1000000 | 0x1 | 0x200 | 0x8
    else:
        if mode == "r":
            return 0o2000000  # O_RDONLY | O_CLOEXEC
        if mode == "w":
            return 0o2000000 | 0o1 | 0o100 | 0o1000  # O_WRONLY|O_CREAT|O_TRUNC
        if mode == "rw":
            return 0o2000000 | 0o2 | 0o100  # O_RDWR | O_CREAT
        if mode == "a":
            return 0o2000000 | 0o1 | 0o100 | 0o2000  # O_WRONLY|O_CREAT|O_APPEND
    raise Error('invalid mode: "', mode, '". Can only be one of: {"r", "w", "rw", "a"}')


def _open_file(path: String, mode: String) raises -> Int:
    var flags = _open_flags(mode)
    if mode != "r":
        # Writing modes make the missing parent directories, as Mojo does.
        var parent = dirname(path)
        if len(parent) > 0:
            try:
                makedirs(parent, exist_ok=True)
            except e:
                raise Error("unable to create directories '", parent, "': ", String(e))
    var c_path = _c_string(path)
    var fd = __builtin.external_call["open", Int32](c_path._data, Int32(flags)._value, Int32(0o666)._value)
    if fd < 0:
        raise Error("Failed to open file '", path, "': ", _errno_text())
    return Int(fd)


struct FileHandle(Defaultable, Movable, Writer):
    """An open file: read, read_bytes, seek, write (it is a Writer), close;
    closed when destroyed. Use it in `with open(path, mode) as f:`."""

    var handle: Int

    def __init__(out self):
        self.handle = -1

    def __init__(out self, path: StringSlice, mode: StringSlice) raises:
        self.handle = _open_file(String(path), String(mode))

    def __init__(out self, *, deinit take: Self):
        self.handle = take.handle

    def __del__(deinit self):
        if self.handle >= 0:
            _ = __builtin.external_call["close", Int32](Int32(self.handle)._value)

    def close(mut self) raises:
        """Closes the file (closing twice does nothing)."""
        if self.handle < 0:
            return
        var rc = __builtin.external_call["close", Int32](Int32(self.handle)._value)
        self.handle = -1
        if rc < 0:
            raise Error("Failed to close file: ", _errno_text())

    def __enter__(mut self) -> Self:
        """Moves the open file to the `as` target (Mojo 1.0 consumes the
        handle with `__enter__(var self)`; Ignis's `with` keeps its manager,
        so the descriptor moves out instead and the emptied manager's
        __exit__ does nothing). The target closes the file when it is
        destroyed."""
        var moved = FileHandle()
        moved.handle = self.handle
        self.handle = -1
        return moved^

    def __exit__(self):
        pass

    def read_bytes(self, size: Int = -1) raises -> List[UInt8]:
        """Up to size bytes from the current position (all the rest when
        size is negative)."""
        if self.handle < 0:
            raise Error("invalid file handle")
        var result = List[UInt8]()
        var chunk = 65536
        var remaining = size
        while remaining != 0:
            var want = chunk if remaining < 0 or remaining > chunk else remaining
            var at = len(result)
            result.reserve(at + want)
            var got = Int(raw=__builtin.external_call["read", _index](
                Int32(self.handle)._value,
                __builtin.bitcast[__builtin.simd[DType.uint8, 1]]((result.unsafe_ptr() + at)._ptr),
                want._value,
            ))
            if got < 0:
                raise Error("Failed to read from file: ", _errno_text())
            if got == 0:
                break
            result._len += got
            if remaining > 0:
                remaining -= got
        return result^

    def read(self, size: Int = -1) raises -> String:
        """Up to size bytes (all the rest when size is negative) as a String."""
        var bytes = self.read_bytes(size)
        var text = String(capacity=len(bytes))
        text.write_bytes(__builtin.bitcast[__builtin.simd[DType.uint8, 1]](bytes.unsafe_ptr()._ptr), len(bytes))
        return text^

    def seek(self, offset: UInt64, whence: UInt8 = 0) raises -> UInt64:
        """Moves the position: offset from the start (SEEK_SET, the
        default), the current position (SEEK_CUR) or the end (SEEK_END).
        Returns the new position."""
        if self.handle < 0:
            raise Error("invalid file handle")
        var pos = Int(raw=__builtin.external_call["lseek", _index](
            Int32(self.handle)._value, Int(offset)._value, Int32(Int(whence))._value
        ))
        if pos < 0:
            raise Error("Failed to seek in file: ", _errno_text())
        return UInt64(pos)

    def _write_all(self, data: _byte_ptr, length: Int) raises:
        if self.handle < 0:
            raise Error("invalid file handle")
        var done = 0
        while done < length:
            var n = Int(raw=__builtin.external_call["write", _index](
                Int32(self.handle)._value, __builtin.offset(data, done._value), (length - done)._value
            ))
            if n < 0:
                raise Error("Failed to write to file: ", _errno_text())
            done += n

    def write_bytes(mut self, data: _byte_ptr, length: Int):
        """Writes length bytes (errors are ignored: Writer methods do not
        raise; use write_all to see them)."""
        try:
            self._write_all(data, length)
        except:
            pass

    def write_bytes(mut self, bytes: Span[UInt8]):
        self.write_bytes(__builtin.bitcast[__builtin.simd[DType.uint8, 1]](bytes.unsafe_ptr()._ptr), len(bytes))

    def write_all(mut self, bytes: Span[UInt8]) raises:
        """Writes every byte, raising on a failure."""
        self._write_all(__builtin.bitcast[__builtin.simd[DType.uint8, 1]](bytes.unsafe_ptr()._ptr), len(bytes))

    def write_string(mut self, string: StringSlice):
        self.write_bytes(string._data, string._len)

    def _get_raw_fd(self) -> Int:
        return self.handle


def open(path: String, mode: StringSlice) raises -> FileHandle:
    """Opens path: mode "r" reads, "w" truncates or creates, "rw" reads and
    writes (creating), "a" appends (creating). Writing modes create missing
    parent directories."""
    return FileHandle(StringSlice(path), mode)


def open[P: PathLike](path: P, mode: StringSlice) raises -> FileHandle:
    return FileHandle(StringSlice(path.__fspath__()), mode)
