# RUN: %ignis run %s | FileCheck %s --match-full-lines
# std.tempfile: gettempdir, mkdtemp, TemporaryDirectory (removed with its
# contents when the `with` ends) and NamedTemporaryFile (removed when closed
# unless delete=False).
from std.tempfile import gettempdir, mkdtemp, TemporaryDirectory, NamedTemporaryFile
from std.os import rmdir, remove, makedirs
from std.os.path import exists, isdir, join, basename
from std.pathlib import Path


def main() raises:
    var tmp = gettempdir()
    print(Bool(tmp), isdir(tmp.value()))
    # CHECK: True True

    var made = mkdtemp(prefix="ignis-", suffix=".d")
    var name = basename(made)
    print(isdir(made), name.startswith("ignis-"), name.endswith(".d"), len(name))
    # CHECK-NEXT: True True True 16
    rmdir(made)
    print(exists(made))
    # CHECK-NEXT: False

    var kept = String()
    with TemporaryDirectory() as dir:
        kept = dir
        makedirs(join(dir, "a", "b"))
        Path(join(dir, "a", "b", "f.txt")).write_text("x")
        print(isdir(join(dir, "a", "b")))
    # CHECK-NEXT: True
    print(exists(kept))
    # CHECK-NEXT: False

    var path = Path()
    with NamedTemporaryFile(mode="rw") as f:
        path = Path(f.name)
        f.write("Hello ", 42)
        _ = f.seek(0)
        print(f.read(), path.exists())
    # CHECK-NEXT: Hello 42 True
    print(path.exists())
    # CHECK-NEXT: False

    var temp_file = NamedTemporaryFile(delete=False)
    temp_file.write("Temporary data")
    temp_file.close()
    print(exists(temp_file.name), Path(temp_file.name).read_text())
    # CHECK-NEXT: True Temporary data
    remove(temp_file.name)
    var gone = NamedTemporaryFile()
    gone.close()
    print(exists(gone.name))
    # CHECK-NEXT: False
