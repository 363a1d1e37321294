# std.io: files (open, FileHandle) and console input.
from .file import FileHandle, open
from .io import input
