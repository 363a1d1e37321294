# std.os.path: path strings and file-system tests.
from .path import (
    exists,
    lexists,
    isdir,
    isfile,
    islink,
    getsize,
    is_absolute,
    split,
    dirname,
    basename,
    join,
    split_extension,
    expanduser,
)
