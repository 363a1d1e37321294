# os.stat and os.lstat: a file's status as a stat_result (Linux layouts of
# struct stat for x86-64 and AArch64; on macOS only st_mode and st_size
# are read).

from std.os.pathlike import PathLike
from std.os._libc import _c_string
from std.sys.info import CompilationTarget


@fieldwise_init
@register_passable("trivial")
struct _CTimeSpec(ImplicitlyCopyable, Writable):
    var tv_sec: Int
    var tv_subsec: Int

    def as_nanoseconds(self) -> UInt:
        return UInt(self.tv_sec * 1_000_000_000 + self.tv_subsec)

    def write_repr_to(self, mut writer: Some[Writer]):
        """What repr() writes: the same as write_to."""
        self.write_to(writer)

    def write_to(self, mut writer: Some[Writer]):
        """Nanoseconds since the epoch, then "ns"."""
        self.as_nanoseconds().write_to(writer)
        writer.write_string("ns")


struct stat_result(Copyable, Movable, Writable):
    """What stat(2) says about a file (Python's os.stat_result fields)."""

    var st_mode: Int
    var st_ino: Int
    var st_dev: Int
    var st_nlink: Int
    var st_uid: Int
    var st_gid: Int
    var st_size: Int
    var st_atimespec: _CTimeSpec
    var st_mtimespec: _CTimeSpec
    var st_ctimespec: _CTimeSpec
    var st_birthtimespec: _CTimeSpec
    var st_blocks: Int
    var st_blksize: Int
    var st_rdev: Int
    var st_flags: Int

    def __init__(
        out self,
        *,
        st_mode: Int,
        st_ino: Int,
        st_dev: Int,
        st_nlink: Int,
        st_uid: Int,
        st_gid: Int,
        st_size: Int,
        st_atimespec: _CTimeSpec,
        st_mtimespec: _CTimeSpec,
        st_ctimespec: _CTimeSpec,
        st_birthtimespec: _CTimeSpec,
        st_blocks: Int,
        st_blksize: Int,
        st_rdev: Int,
        st_flags: Int,
    ):
        self.st_mode = st_mode
        self.st_ino = st_ino
        self.st_dev = st_dev
        self.st_nlink = st_nlink
        self.st_uid = st_uid
        self.st_gid = st_gid
        self.st_size = st_size
        self.st_atimespec = st_atimespec
        self.st_mtimespec = st_mtimespec
        self.st_ctimespec = st_ctimespec
        self.st_birthtimespec = st_birthtimespec
        self.st_blocks = st_blocks
        self.st_blksize = st_blksize
        self.st_rdev = st_rdev
        self.st_flags = st_flags

    def write_repr_to(self, mut writer: Some[Writer]):
        """What repr() writes: the same as write_to."""
        self.write_to(writer)

    def write_to(self, mut writer: Some[Writer]):
        writer.write("os.stat_result(st_mode=", self.st_mode, ", st_ino=", self.st_ino)
        writer.write(", st_dev=", self.st_dev, ", st_nlink=", self.st_nlink)
        writer.write(", st_uid=", self.st_uid, ", st_gid=", self.st_gid)
        writer.write(", st_size=", self.st_size, ", st_atime=", self.st_atimespec)
        writer.write(", st_mtime=", self.st_mtimespec, ", st_ctime=", self.st_ctimespec)
        writer.write(", st_birthtime=", self.st_birthtimespec, ", st_blocks=", self.st_blocks)
        writer.write(", st_blksize=", self.st_blksize, ", st_rdev=", self.st_rdev)
        writer.write(", st_flags=", self.st_flags, ")")


def _u32(p: UnsafePointer[UInt8], at: Int) -> Int:
    return Int((p + at).bitcast[UInt32]()[0])


def _i64(p: UnsafePointer[UInt8], at: Int) -> Int:
    return Int((p + at).bitcast[Int64]()[0])


def _time(p: UnsafePointer[UInt8], at: Int) -> _CTimeSpec:
    return _CTimeSpec(_i64(p, at), _i64(p, at + 8))


def _stat_impl(path: String, follow_links: Bool) raises -> stat_result:
    var c_path = _c_string(path)
    var b = alloc[UInt8](256)
    var rc: Int32
    if follow_links:
        rc = __builtin.external_call["stat", Int32](c_path._data, b._ptr)
    else:
        rc = __builtin.external_call["lstat", Int32](c_path._data, b._ptr)
    if rc != 0:
        b.free()
        if follow_links:
            raise Error("unable to stat '", path, "'")
        raise Error("unable to lstat '", path, "'")
    var zero = _CTimeSpec(0, 0)
    var mode: Int
    var nlink: Int
    var uid: Int
    var gid: Int
    var rdev: Int
    var blksize: Int
    comptime if CompilationTarget.is_macos():
        var result = stat_result(
            st_mode=Int((b + 4).bitcast[UInt16]()[0]), st_ino=0, st_dev=0, st_nlink=0,
            st_uid=0, st_gid=0, st_size=_i64(b, 96), st_atimespec=zero, st_mtimespec=zero,
            st_ctimespec=zero, st_birthtimespec=zero, st_blocks=0, st_blksize=0, st_rdev=0, st_flags=0,
        )
        b.free()
        return result^
    elif CompilationTarget.is_x86():
        nlink = _i64(b, 16)
        mode = _u32(b, 24)
        uid = _u32(b, 28)
        gid = _u32(b, 32)
        rdev = _i64(b, 40)
        blksize = _i64(b, 56)
    else:
        mode = _u32(b, 16)
        nlink = _u32(b, 20)
        uid = _u32(b, 24)
        gid = _u32(b, 28)
        rdev = _i64(b, 32)
        blksize = Int((b + 56).bitcast[Int32]()[0])
    var result = stat_result(
        st_mode=mode,
        st_ino=_i64(b, 8),
        st_dev=_i64(b, 0),
        st_nlink=nlink,
        st_uid=uid,
        st_gid=gid,
        st_size=_i64(b, 48),
        st_atimespec=_time(b, 72),
        st_mtimespec=_time(b, 88),
        st_ctimespec=_time(b, 104),
        st_birthtimespec=zero,
        st_blocks=_i64(b, 64),
        st_blksize=blksize,
        st_rdev=rdev,
        st_flags=0,
    )
    b.free()
    return result^


def stat(path: String) raises -> stat_result:
    """The status of path, following symbolic links; raises
    "unable to stat 'PATH'"."""
    return _stat_impl(path, True)


def stat[P: PathLike](path: P) raises -> stat_result:
    return _stat_impl(path.__fspath__(), True)


def lstat(path: String) raises -> stat_result:
    """The status of path itself (a link is not followed)."""
    return _stat_impl(path, False)


def lstat[P: PathLike](path: P) raises -> stat_result:
    return _stat_impl(path.__fspath__(), False)
