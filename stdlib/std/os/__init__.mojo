# std.os: environment variables, directories, files and process control
# through libc (Mojo 1.0's std/os).
from .env import getenv, setenv, unsetenv
from .fstat import lstat, stat, stat_result
from .os import (
    SEEK_CUR,
    SEEK_END,
    SEEK_SET,
    abort,
    getuid,
    isatty,
    listdir,
    makedirs,
    mkdir,
    remove,
    removedirs,
    rmdir,
    sep,
    unlink,
)
from .pathlike import PathLike
from .process import Process, ProcessStatus
from . import path
