# RUN: rm -rf %t && %ignis run %s %t | FileCheck %s --match-full-lines
# std.os and std.os.path: environment variables, path strings, directories
# and files under a scratch folder (argv[1]); libc failures raise with
# strerror's text.
from std.os import getenv, setenv, unsetenv, listdir, mkdir, makedirs, remove, rmdir, removedirs
from std.os.path import exists, isdir, isfile, islink, basename, dirname, join, split
from std.os.path import getsize, split_extension, is_absolute
from std.sys import argv
import std.os


def main() raises:
    var base = argv()[1]
    print(getenv("IGNIS_TEST_UNSET_VARIABLE", "default"))
    # CHECK: default
    print(setenv("IGNIS_TEST_VAR", "v1"), getenv("IGNIS_TEST_VAR"))
    # CHECK-NEXT: True v1
    var kept = setenv("IGNIS_TEST_VAR", "v2", overwrite=False)
    print(kept, getenv("IGNIS_TEST_VAR"))
    # CHECK-NEXT: True v1
    var removed = unsetenv("IGNIS_TEST_VAR")
    var after = getenv("IGNIS_TEST_VAR")
    print(removed, len(after), setenv("", "x"), setenv("A=B", "x"))
    # CHECK-NEXT: True 0 False False

    print(basename("a/path/foo.txt"), dirname("/a/b/c.txt"), "[" + dirname("c.txt") + "]")
    # CHECK-NEXT: foo.txt /a/b []
    print(join("a", "b", "c"), join("a", "/b", "c"), join("a/", "b"), join("a", ""))
    # CHECK-NEXT: a/b/c /b/c a/b a/
    var parts = split("/a/b/")
    print(parts[0], "[" + parts[1] + "]", split("//")[0], split("x")[1])
    # CHECK-NEXT: /a/b [] // x
    var ext = split_extension("dir.d/foo.tar.gz")
    var none = split_extension(".bashrc")
    print(ext[0], ext[1], none[0], "[" + none[1] + "]")
    # CHECK-NEXT: dir.d/foo.tar .gz .bashrc []
    print(is_absolute("/usr"), is_absolute("usr"), std.os.sep)
    # CHECK-NEXT: True False /

    var nested = join(base, "x", "y")
    makedirs(nested)
    print(isdir(nested), isfile(nested), exists(nested), islink(nested))
    # CHECK-NEXT: True False True False
    makedirs(nested, exist_ok=True)
    try:
        makedirs(nested)
    except e:
        print(e)
    # CHECK-NEXT: Can not create directory: {{.*}}/x/y Err: File exists
    # CHECK-NEXT: set `makedirs(path, exist_ok=True)` to allow existing dirs
    mkdir(join(base, "z"))
    var names = listdir(base)
    print(len(names), "x" in names, "z" in names)
    # CHECK-NEXT: 2 True True
    rmdir(join(base, "z"))
    try:
        rmdir(join(base, "z"))
    except e:
        print(e)
    # CHECK-NEXT: Can not remove directory: {{.*}}/z Err: No such file or directory
    try:
        remove(join(base, "missing.txt"))
    except e:
        print(e)
    # CHECK-NEXT: Can not remove file: {{.*}}/missing.txt Err: No such file or directory
    try:
        _ = listdir(join(base, "missing"))
    except e:
        print(e)
    # CHECK-NEXT: the directory '{{.*}}/missing' does not exist
    try:
        _ = getsize(join(base, "missing"))
    except e:
        print(e)
    # CHECK-NEXT: unable to stat '{{.*}}/missing'

    var file_path = join(nested, "data.txt")
    with open(file_path, "w") as f:
        f.write("12345")
    print(isfile(file_path), getsize(file_path))
    # CHECK-NEXT: True 5
    remove(file_path)
    removedirs(nested)
    print(exists(nested), exists(join(base, "x")), exists(base))
    # CHECK-NEXT: False False False
