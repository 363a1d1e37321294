# pathlib.Path: a file-system path as a value, with Mojo 1.0's methods
# (`/`, exists, is_dir, is_file, read_text, write_text, read_bytes,
# write_bytes, suffix, name, parts, joinpath, listdir, expanduser, home) and
# cwd().

from std.os._libc import _from_c_string
from std.os.path.path import exists, isdir, isfile, basename, expanduser
from std.os.os import listdir
from std.io.file import open
from std.os.fstat import stat, lstat, stat_result

comptime DIR_SEPARATOR = "/"
comptime _byte_ptr = __builtin.pointer[__builtin.simd[DType.uint8, 1]]


def cwd() raises -> Path:
    """The current working directory."""
    var buffer = __builtin.external_call["getcwd", _byte_ptr](Int(0)._value, Int(0)._value)
    if Int(raw=__builtin.ptr_to_int(buffer)) == 0:
        raise Error("unable to query the current directory")
    var text = _from_c_string(buffer)
    __builtin.external_call["free"](buffer)
    return Path(text^)


struct Path(Boolable, Copyable, Movable, Writable, Comparable, Hashable):
    """A file-system path (a String); `/` joins with "/"."""

    var path: String

    def __init__(out self) raises:
        """The current directory."""
        self = cwd()

    def __init__(out self, path: StringSlice):
        self.path = String(path)

    @implicit
    def __init__(out self, var path: String):
        self.path = path^

    @implicit
    def __init__(out self, path: StringLiteral):
        self.path = String(path)

    def __init__(out self, *, copy: Self):
        self.path = copy.path

    def __truediv__(self, suffix: Self) -> Self:
        return self.__truediv__(suffix.path)

    def __truediv__(self, suffix: String) -> Self:
        var result = Path(self.path)
        result /= suffix
        return result^

    def __truediv__(self, suffix: StringLiteral) -> Self:
        return self.__truediv__(String(suffix))

    def __itruediv__(mut self, suffix: String):
        if not self.path.endswith(DIR_SEPARATOR):
            self.path += DIR_SEPARATOR
        self.path += suffix

    def __bool__(self) -> Bool:
        return len(self.path) > 0

    def write_repr_to(self, mut writer: Some[Writer]):
        """What repr() writes: the same as write_to."""
        self.write_to(writer)

    def write_to(self, mut writer: Some[Writer]):
        writer.write_string(StringSlice(self.path))

    def __str__(self) -> String:
        return self.path

    def __fspath__(self) -> String:
        return self.path

    def __eq__(self, other: Self) -> Bool:
        return self.path == other.path

    def __eq__(self, other: String) -> Bool:
        return self.path == other

    def __ne__(self, other: Self) -> Bool:
        return self.path != other.path

    def __lt__(self, other: Self) -> Bool:
        return self.path < other.path

    def __hash__(self) -> UInt64:
        return hash(self.path)

    def stat(self) raises -> stat_result:
        """os.stat of this path."""
        return stat(self.path)

    def lstat(self) raises -> stat_result:
        """os.lstat of this path."""
        return lstat(self.path)

    def exists(self) -> Bool:
        return exists(self.path)

    def is_dir(self) -> Bool:
        return isdir(self.path)

    def is_file(self) -> Bool:
        return isfile(self.path)

    def expanduser(self) raises -> Path:
        """The path with a leading "~" replaced by the home directory."""
        return Path(expanduser(self.path))

    @staticmethod
    def home() raises -> Path:
        """The user's home directory ($HOME)."""
        return Path(expanduser(String("~")))

    def read_text(self) raises -> String:
        """The whole file as a String."""
        var file = open(self.path, "r")
        var text = file.read()
        file.close()
        return text^

    def read_bytes(self) raises -> List[UInt8]:
        """The whole file as bytes."""
        var file = open(self.path, "r")
        var bytes = file.read_bytes()
        file.close()
        return bytes^

    def write_text[T: Writable](self, value: T) raises:
        """Replaces the file's contents with what value writes."""
        var file = open(self.path, "w")
        var text = String(value)
        file.write_all(text.as_bytes())
        file.close()

    def write_bytes(self, bytes: Span[UInt8]) raises:
        """Replaces the file's contents with bytes."""
        var file = open(self.path, "w")
        file.write_all(bytes)
        file.close()

    def suffix(self) -> String:
        """The extension with its dot (".txt"), or "" (also for ".hidden")."""
        var start = self.path.rfind(DIR_SEPARATOR) + 2
        var i = self.path.find(".", start)
        var last = i
        while i >= 0:
            last = i
            i = self.path.find(".", i + 1)
        if 0 < last and last < len(self.path) - 1:
            return self.path._slice(last, len(self.path))
        return String()

    def name(self) -> String:
        """The last component: Path("a/path/foo.txt").name() is "foo.txt"."""
        return basename(self.path)

    def joinpath(self, *pathsegments: String) -> Path:
        """The path with each segment joined by "/"."""
        var result = Path(self.path)
        for segment in pathsegments:
            result /= segment
        return result^

    def listdir(self) raises -> List[Path]:
        """The entries of the directory (their names, as Paths)."""
        var names = listdir(self.path)
        var result = List[Path](capacity=len(names))
        for name in names:
            result.append(Path(name))
        return result^

    def parts(self) -> List[String]:
        """The components between the separators."""
        try:
            return self.path.split(DIR_SEPARATOR)
        except:
            return List[String]()
