# std.os functions on the process and the file system: abort, listdir,
# mkdir/makedirs, remove/unlink, rmdir/removedirs, getuid, isatty. Failures
# raise Error with strerror's text, as Mojo 1.0 does.

from std.os.pathlike import PathLike
from std.os._libc import _c_string, _from_c_string, _errno_text
from std.os.path.path import isdir, exists, split
from std.reflection.location import SourceLocation
from std.sys.info import CompilationTarget

comptime _byte_ptr = __builtin.pointer[__builtin.simd[DType.uint8, 1]]

comptime sep = "/"
comptime SEEK_SET: UInt8 = 0
comptime SEEK_CUR: UInt8 = 1
comptime SEEK_END: UInt8 = 2


# --- abort -------------------------------------------------------------------


def _stop():
    """Ends the process at once (status 1; no destructors or atexit)."""
    __builtin.external_call["ignis_rt_flush"]()
    __builtin.external_call["_exit"](Int32(1)._value)


def abort():
    """Ends the program at once. Mojo traps here (a signal); Ignis exits with
    status 1, because `ignis run` reports a signal as its own crash."""
    _stop()


@always_inline
def abort[*, prefix: StaticString = "ABORT:"](message: String):
    """Prints "ABORT: FILE:LINE:COL: message" (the call's location) on
    stdout and ends the program as abort() does."""
    var location = SourceLocation(__builtin.call_location())
    print(prefix, " ", location, ": ", message, sep="", flush=True)
    _stop()


@always_inline
def abort[*, prefix: StaticString = "ABORT:"](message: String, *, location: SourceLocation):
    """As abort(message), naming the given location."""
    print(prefix, " ", location, ": ", message, sep="", flush=True)
    _stop()


# --- directories ---------------------------------------------------------------


def listdir(path: String) raises -> List[String]:
    """The names in the directory path, without "." and "..", in the order
    the file system gives them."""
    if not isdir(path):
        raise Error("the directory '", path, "' does not exist")
    var c_path = _c_string(path)
    var handle = __builtin.external_call["opendir", _byte_ptr](c_path._data)
    if Int(raw=__builtin.ptr_to_int(handle)) == 0:
        raise Error("unable to open the directory '", path, "' Err: ", _errno_text())
    var names = List[String]()
    while True:
        var entry = __builtin.external_call["readdir", _byte_ptr](handle)
        if Int(raw=__builtin.ptr_to_int(entry)) == 0:
            break
        # struct dirent on Linux: d_ino 8, d_off 8, d_reclen 2, d_type 1,
        # then d_name at byte 19. macOS: d_name at byte 21.
        var name_at = 19
        comptime if CompilationTarget.is_macos():
            name_at = 21
        var name = _from_c_string(__builtin.offset(entry, name_at._value))
        if name == "." or name == "..":
            continue
        names.append(name^)
    _ = __builtin.external_call["closedir", Int32](handle)
    return names^


def listdir[P: PathLike](path: P) raises -> List[String]:
    return listdir(path.__fspath__())


def mkdir(path: String, mode: Int = 0o777) raises:
    """Makes the directory path (its parent must exist)."""
    var c_path = _c_string(path)
    if __builtin.external_call["mkdir", Int32](c_path._data, Int32(mode)._value) != 0:
        raise Error("Can not create directory: ", path, " Err: ", _errno_text())


def mkdir[P: PathLike](path: P, mode: Int = 0o777) raises:
    mkdir(path.__fspath__(), mode)


def makedirs(path: String, mode: Int = 0o777, exist_ok: Bool = False) raises:
    """Makes path and every missing parent; an existing path raises unless
    exist_ok."""
    var parts = split(path)
    var head = parts[0]
    var tail = parts[1]
    if len(tail) == 0:
        var again = split(head)
        head = again[0]
        tail = again[1]
    if len(head) > 0 and len(tail) > 0 and not exists(head):
        try:
            makedirs(head, mode, exist_ok)
        except:
            pass
        if tail == ".":
            return
    try:
        mkdir(path, mode)
    except e:
        if not exist_ok:
            raise Error(e, "\nset `makedirs(path, exist_ok=True)` to allow existing dirs")
        if not isdir(path):
            raise Error("path not created: ", path, "\n", String(e))


def makedirs[P: PathLike](path: P, mode: Int = 0o777, exist_ok: Bool = False) raises:
    makedirs(path.__fspath__(), mode, exist_ok)


def rmdir(path: String) raises:
    """Removes the empty directory path."""
    var c_path = _c_string(path)
    if __builtin.external_call["rmdir", Int32](c_path._data) != 0:
        raise Error("Can not remove directory: ", path, " Err: ", _errno_text())


def rmdir[P: PathLike](path: P) raises:
    rmdir(path.__fspath__())


def removedirs(path: String) raises:
    """Removes path, then each empty parent named in it."""
    rmdir(path)
    var parts = split(path)
    var head = parts[0]
    var tail = parts[1]
    if len(tail) == 0:
        var again = split(head)
        head = again[0]
        tail = again[1]
    while len(head) > 0 and len(tail) > 0:
        try:
            rmdir(head)
        except:
            break
        var up = split(head)
        head = up[0]
        tail = up[1]


def removedirs[P: PathLike](path: P) raises:
    removedirs(path.__fspath__())


# --- files -------------------------------------------------------------------


def remove(path: String) raises:
    """Removes the file path (a directory raises)."""
    var c_path = _c_string(path)
    if __builtin.external_call["unlink", Int32](c_path._data) != 0:
        raise Error("Can not remove file: ", path, " Err: ", _errno_text())


def remove[P: PathLike](path: P) raises:
    remove(path.__fspath__())


def unlink(path: String) raises:
    """Removes the file path (as remove)."""
    var c_path = _c_string(path)
    if __builtin.external_call["unlink", Int32](c_path._data) != 0:
        raise Error("Can not unlink file: ", path, " Err: ", _errno_text())


def unlink[P: PathLike](path: P) raises:
    unlink(path.__fspath__())


# --- the process ---------------------------------------------------------------


def getuid() -> Int:
    """The real user id of the process."""
    return Int(__builtin.external_call["getuid", UInt32]())


def isatty(fd: Int) -> Bool:
    """Whether the file descriptor fd is a terminal."""
    return __builtin.external_call["isatty", Int32](Int32(fd)._value) == 1
