# Temporary files and directories (Mojo 1.0's std/tempfile): gettempdir,
# mkdtemp, TemporaryDirectory and NamedTemporaryFile. Random names come
# from std.random (so, as in Mojo, they advance its sequence).

from std.os.env import getenv
from std.os.os import mkdir, remove, rmdir, listdir, sep
from std.os.path.path import exists, isdir, islink, join
from std.io.file import FileHandle
from std.pathlib.path import cwd
from std.random import random_ui64

comptime TMP_MAX = 10_000


def _get_random_name(size: Int = 8) -> String:
    var characters = String("abcdefghijklmnopqrstuvwxyz0123456789_")
    var name = String(capacity=size)
    for _ in range(size):
        var i = Int(random_ui64(0, UInt64(len(characters) - 1)))
        name.write_bytes(__builtin.offset(characters._data, i._value), 1)
    return name^


def _candidate_tempdir_list() -> List[String]:
    var dirs = List[String]()
    for var_name in [String("TMPDIR"), String("TEMP"), String("TMP")]:
        var value = getenv(var_name)
        if len(value) > 0:
            dirs.append(value^)
    dirs.append("/tmp")
    dirs.append("/var/tmp")
    dirs.append("/usr/tmp")
    try:
        dirs.append(String(cwd()))
    except:
        pass
    return dirs^


def _try_to_create_file(dir: String) -> Bool:
    for _ in range(TMP_MAX):
        var filename = join(dir, _get_random_name())
        if exists(filename):
            continue
        try:
            var handle = FileHandle(StringSlice(filename), "w")
            handle.close()
            remove(filename)
            return True
        except:
            if exists(filename):
                try:
                    remove(filename)
                except:
                    pass
            return False
    return False


def _get_default_tempdir() raises -> String:
    for dir in _candidate_tempdir_list():
        if not isdir(dir):
            continue
        if _try_to_create_file(dir):
            return dir
    raise Error("No usable temporary directory found")


def gettempdir() -> Optional[String]:
    """The first usable of $TMPDIR, $TEMP, $TMP, /tmp, /var/tmp, /usr/tmp and
    the current directory (one where a file can be created), or None."""
    try:
        return Optional[String](_get_default_tempdir())
    except:
        return Optional[String]()


def mkdtemp(suffix: String = "", prefix: String = "tmp", dir: Optional[String] = None) raises -> String:
    """Makes a new directory (mode 0o700) named prefix + 8 random
    characters + suffix in dir (default: gettempdir()) and returns its path.
    The caller removes it."""
    var final_dir = dir.value() if dir else _get_default_tempdir()
    for _ in range(TMP_MAX):
        var dir_name = join(final_dir, prefix + _get_random_name() + suffix)
        if exists(dir_name):
            continue
        try:
            mkdir(dir_name, mode=0o700)
            return dir_name
        except:
            continue
    raise Error("Failed to create temporary file")


def _rmtree(path: String, ignore_errors: Bool = False) raises:
    """Removes path and everything under it (a symbolic link raises)."""
    if islink(path):
        raise Error("`path`can not be a symbolic link: ", path)
    for name in listdir(path):
        var child = join(path, name)
        try:
            if isdir(child) and not islink(child):
                _rmtree(child, ignore_errors)
            else:
                remove(child)
        except e:
            if not ignore_errors:
                raise e^
    try:
        rmdir(path)
    except e:
        if not ignore_errors:
            raise e^


struct TemporaryDirectory:
    """A new temporary directory (mkdtemp); as a context manager, `as`
    gives its path and leaving the block removes it with its contents."""

    var name: String
    var _ignore_cleanup_errors: Bool

    def __init__(
        out self,
        suffix: String = "",
        prefix: String = "tmp",
        dir: Optional[String] = None,
        ignore_cleanup_errors: Bool = False,
    ) raises:
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self.name = mkdtemp(suffix, prefix, dir)

    def __enter__(self) -> String:
        return self.name

    def __exit__(self) raises:
        _rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)

    def __exit__(self, err: Error) -> Bool:
        try:
            self.__exit__()
            return True
        except:
            return False


struct NamedTemporaryFile(Movable):
    """A new file in the temporary directory, open in mode ("r", "w", "rw",
    "a"); close() (or its end) removes it unless delete=False. `name` is its
    path."""

    var _file_handle: FileHandle
    var _delete: Bool
    var name: String

    def __init__(
        out self,
        mode: String = "w",
        name: Optional[String] = None,
        suffix: String = "",
        prefix: String = "tmp",
        dir: Optional[String] = None,
        delete: Bool = True,
    ) raises:
        var final_dir = dir.value() if dir else _get_default_tempdir()
        self._delete = delete
        self.name = String()
        if name:
            self.name = name.value()
        else:
            for _ in range(TMP_MAX):
                var candidate = final_dir + sep + prefix + _get_random_name() + suffix
                if not exists(candidate):
                    self.name = candidate^
                    break
        try:
            self._file_handle = FileHandle(StringSlice(self.name), StringSlice(mode))
        except:
            raise Error("Failed to create temporary file")

    def __init__(out self, *, deinit take: Self):
        self._file_handle = take._file_handle^
        self._delete = take._delete
        self.name = take.name^

    def __del__(deinit self):
        try:
            self.close()
        except:
            pass

    def close(mut self) raises:
        """Closes the file and removes it when delete was set."""
        if self._file_handle.handle < 0:
            return
        self._file_handle.close()
        if self._delete:
            remove(self.name)

    def read(self, size: Int = -1) raises -> String:
        return self._file_handle.read(size)

    def read_bytes(self, size: Int = -1) raises -> List[UInt8]:
        return self._file_handle.read_bytes(size)

    def seek(self, offset: UInt64, whence: UInt8 = 0) raises -> UInt64:
        return self._file_handle.seek(offset, whence)

    def write[*Ts: Writable](mut self, *args: *Ts):
        comptime for i in range(len(Ts)):
            args[i].write_to(self._file_handle)

    def write_bytes(mut self, bytes: Span[UInt8]):
        self._file_handle.write_bytes(bytes)

    def __enter__(mut self) -> Self:
        """Moves the open file to the `as` target (see FileHandle.__enter__):
        the target closes (and removes) it when it is destroyed."""
        var moved = NamedTemporaryFile(_empty=True)
        moved._file_handle.handle = self._file_handle.handle
        moved._delete = self._delete
        moved.name = self.name
        self._file_handle.handle = -1
        self._delete = False
        return moved^

    def __init__(out self, *, _empty: Bool):
        self._file_handle = FileHandle()
        self._delete = False
        self.name = String()

    def __exit__(self):
        pass
