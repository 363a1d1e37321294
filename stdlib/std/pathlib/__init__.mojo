# std.pathlib: the Path type and cwd().
from .path import Path, cwd, DIR_SEPARATOR
