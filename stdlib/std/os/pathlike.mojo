# os.PathLike: a value that names a file system path (String, Path, ...).


trait PathLike:
    """Something with a file system path: `__fspath__` gives it as a String."""

    def __fspath__(self) -> String:
        ...
