# RUN: rm -rf %t && %ignis run %s %t | FileCheck %s --match-full-lines
# std.pathlib.Path: `/` and joinpath, name, suffix, parts, exists, is_dir,
# is_file, read_text/write_text, read_bytes/write_bytes, listdir, home,
# expanduser; cwd().
from std.pathlib import Path, cwd
from std.os import makedirs
from std.sys import argv


def main() raises:
    var base = Path(argv()[1])
    makedirs(base)
    var p = base / "notes" / "testfile.txt"
    print(p.name(), p.suffix(), "[" + Path(".hidden").suffix() + "]", "[" + Path("a.b/c").suffix() + "]")
    # CHECK: testfile.txt .txt [] []
    print(p.exists(), base.is_dir(), base.is_file())
    # CHECK-NEXT: False True False
    p.write_text("Hello")
    print(p.exists(), p.is_file(), p.read_text())
    # CHECK-NEXT: True True Hello
    var data = "Bytes"
    p.write_bytes(data.as_bytes())
    var bytes = p.read_bytes()
    print(p.read_text(), len(bytes), bytes[0])
    # CHECK-NEXT: Bytes 5 66
    p.write_text(3.5)
    print(p.read_text())
    # CHECK-NEXT: 3.5
    var st = p.stat()
    print(st.st_size, st.st_mode & 0o170000 == 0o100000, st.st_nlink)
    # CHECK-NEXT: 3 True 1
    print(String(st).startswith("os.stat_result(st_mode="), String(st).endswith(", st_flags=0)"))
    # CHECK-NEXT: True True
    try:
        _ = Path("/nonexistent/ignis").stat()
    except e:
        print(e)
    # CHECK-NEXT: unable to stat '/nonexistent/ignis'

    var q = Path("/tmp/").joinpath("testdir/", "testfile.txt")
    print(q, q == Path("/tmp/testdir/testfile.txt"), q == String("/tmp/testdir/testfile.txt"))
    # CHECK-NEXT: /tmp/testdir/testfile.txt True True
    var r = Path("a")
    r /= "b"
    print(r, Path("x/") / Path("y"))
    # CHECK-NEXT: a/b x/y
    var parts = Path("a/path/foo.txt").parts()
    print(len(parts), parts[0], parts[1], parts[2])
    # CHECK-NEXT: 3 a path foo.txt
    var entries = (base / "notes").listdir()
    print(len(entries), entries[0])
    # CHECK-NEXT: 1 testfile.txt
    print(Path("~").expanduser() == Path.home(), Path.home().is_dir())
    # CHECK-NEXT: True True
    print(Path() == cwd(), Bool(Path("")), Bool(Path("x")))
    # CHECK-NEXT: True False True
