# os.path: path strings (join, split, dirname, basename, split_extension)
# and questions about the file system (exists, isdir, isfile, islink,
# getsize), as Mojo 1.0's std/os/path. Each function takes a String or any
# os.PathLike (such as pathlib.Path).

from std.os.pathlike import PathLike
from std.os._libc import _stat_fields, _S_IFMT, _S_IFDIR, _S_IFREG, _S_IFLNK
from std.os.env import getenv

comptime sep = "/"


def exists(path: String) -> Bool:
    """Whether path names an existing file or directory (following links)."""
    return _stat_fields(path)[0]


def exists[P: PathLike, //](path: P) -> Bool:
    return exists(path.__fspath__())


def lexists(path: String) -> Bool:
    """Whether path exists, counting a broken symbolic link."""
    return _stat_fields(path, follow_links=False)[0]


def lexists[P: PathLike, //](path: P) -> Bool:
    return lexists(path.__fspath__())


def _has_type(path: String, kind: Int, follow_links: Bool = True) -> Bool:
    var found = _stat_fields(path, follow_links)
    return found[0] and (found[1] & _S_IFMT) == kind


def isdir(path: String) -> Bool:
    """Whether path is a directory (following links)."""
    return _has_type(path, _S_IFDIR)


def isdir[P: PathLike, //](path: P) -> Bool:
    return isdir(path.__fspath__())


def isfile(path: String) -> Bool:
    """Whether path is a regular file (following links)."""
    return _has_type(path, _S_IFREG)


def isfile[P: PathLike, //](path: P) -> Bool:
    return isfile(path.__fspath__())


def islink(path: String) -> Bool:
    """Whether path is a symbolic link."""
    return _has_type(path, _S_IFLNK, follow_links=False)


def islink[P: PathLike, //](path: P) -> Bool:
    return islink(path.__fspath__())


def getsize(path: String) raises -> Int:
    """The size of the file in bytes; raises "unable to stat 'PATH'"."""
    var found = _stat_fields(path)
    if not found[0]:
        raise Error("unable to stat '", path, "'")
    return found[2]


def getsize[P: PathLike, //](path: P) raises -> Int:
    return getsize(path.__fspath__())


def is_absolute(path: String) -> Bool:
    """Whether path begins with a slash."""
    return path.startswith(sep)


def is_absolute[P: PathLike, //](path: P) -> Bool:
    return is_absolute(path.__fspath__())


def _all_slashes(text: String) -> Bool:
    for i in range(len(text)):
        if text._byte(i) != 47:
            return False
    return True


def _rstrip_slashes(text: String) -> String:
    var end = len(text)
    while end > 0 and text._byte(end - 1) == 47:
        end -= 1
    return text._slice(0, end)


def split(path: String) -> (String, String):
    """(head, tail): tail is what follows the last slash (empty when path
    ends with one), head the rest without trailing slashes (unless it is
    all slashes)."""
    var i = path.rfind(sep) + 1
    var head = path._slice(0, i)
    var tail = path._slice(i, len(path))
    if len(head) > 0 and not _all_slashes(head):
        head = _rstrip_slashes(head)
    return (head^, tail^)


def split[P: PathLike, //](path: P) -> (String, String):
    return split(path.__fspath__())


def dirname(path: String) -> String:
    """The directory part: dirname("/a/b/c.txt") is "/a/b", dirname("c.txt")
    is ""."""
    return split(path)[0]


def dirname[P: PathLike, //](path: P) -> String:
    return dirname(path.__fspath__())


def basename(path: String) -> String:
    """The last component: basename("a/path/foo.txt") is "foo.txt"."""
    var i = path.rfind(sep) + 1
    return path._slice(i, len(path))


def basename[P: PathLike, //](path: P) -> String:
    return basename(path.__fspath__())


def join(var path: String, *paths: String) -> String:
    """The components joined with "/"; an absolute component discards the
    ones before it, and an empty last one leaves a trailing slash."""
    var joined = path^
    for part in paths:
        if part.startswith(sep):
            joined = part
        elif len(joined) == 0 or joined.endswith(sep):
            joined += part
        else:
            joined += sep
            joined += part
    return joined^


def split_extension(path: String) raises -> (String, String):
    """(root, extension): split_extension("foo.tar.gz") is ("foo.tar",
    ".gz"); leading dots of the file name do not start an extension."""
    var head_end = path.rfind(sep)
    var file_end = path.rfind(".")
    if file_end > head_end:
        var file_start = head_end + 1
        while file_start < file_end:
            if path._byte(file_start) != 46:
                return (path._slice(0, file_end), path._slice(file_end, len(path)))
            file_start += 1
    return (path, String())


def split_extension[P: PathLike, //](path: P) raises -> (String, String):
    return split_extension(path.__fspath__())


def expanduser(path: String) raises -> String:
    """path with a leading "~" replaced by $HOME (unchanged when there is
    no "~" prefix or no HOME). "~user" forms are left as they are."""
    if not path.startswith("~"):
        return path
    if len(path) > 1 and path._byte(1) != 47:
        return path
    var home = getenv("HOME")
    if len(home) == 0:
        return path
    if len(path) <= 2:
        return home
    return join(home, path._slice(2, len(path)))


def expanduser[P: PathLike, //](path: P) raises -> String:
    return expanduser(path.__fspath__())
