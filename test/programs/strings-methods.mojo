# RUN: %ignis run %s | FileCheck %s --match-full-lines
# String: strip, find/rfind/count/in, split/join, case, replace, *, starts/
# endswith, comparisons, hashing, Int(s)/Float64(s) raising on bad text,
# ord/chr, byte access and byte slices, UTF-8 code points.

def main() raises:
    var s = String("  hello world, hello mojo  ")
    print("[" + s.strip() + "]", "[" + s.lstrip() + "]", "[" + s.rstrip() + "]")
    # CHECK: [hello world, hello mojo] [hello world, hello mojo  ] [  hello world, hello mojo]
    print(s.find("hello"), s.find("hello", 5), s.find("zzz"), s.rfind("hello"), "mojo" in s, "moon" in s, s.count("l"))
    # CHECK-NEXT: 2 15 -1 15 True False 5
    var parts = String("a,b,,c").split(",")
    print(len(parts), parts, String("-").join(parts), String(", ").join(["x", "y"]))
    # CHECK-NEXT: 4 [a, b, , c] a-b--c x, y
    print(String("  x  y\tz\n").split(), String("xxhixx").strip("x"), String("Mixed 1").upper(), String("Mixed 1").lower())
    # CHECK-NEXT: [x, y, z] hi MIXED 1 mixed 1
    print(String("hello").replace("l", "L"), String("ab") * 3, String("abc").startswith("ab"), String("abc").endswith("bc"), String("abc").startswith("bc"))
    # CHECK-NEXT: heLLo ababab True True False
    print(String("abc") < String("abd"), String("b") > String("abc"), String("ab") <= String("ab"), String("ab") >= String("abc"))
    # CHECK-NEXT: True True True False
    print(Int(String(" 42 ")), Float64(String("2.5")), atol("-17"), atol("ff", 16), atof("1e3"), ord("A"), chr(97), chr(233), ord("é"))
    # CHECK-NEXT: 42 2.5 -17 255 1000.0 65 a é 233
    var u = String("héllo")
    print(u.byte_length(), len(u), u.count_codepoints(), u[byte=0], u[byte=-1], u.byte_slice(1, 3), u.byte_slice(-3, 99))
    # CHECK-NEXT: 6 6 5 h o é llo
    var cps = u.codepoints()
    for c in cps:
        print(c.to_u32(), end=" ")
    print(len(cps))
    # CHECK-NEXT: 104 233 108 108 111 5
    print(hash(String("abc")) == hash(String("abc")), hash(String("abc")) == hash(String("abd")), hash(7) == hash(7), hash(1.5) == hash(2.5))
    # CHECK-NEXT: True False True False
    try:
        print(Int(String("12x")))
    except e:
        print(e)
    # CHECK-NEXT: ValueError: invalid literal for int() with base 10: '12x'
    try:
        print(Float64(String("nope")))
    except e:
        print(e)
    # CHECK-NEXT: ValueError: could not convert string to float: 'nope'
    try:
        _ = String("abc").split("")
    except e:
        print(e)
    # CHECK-NEXT: ValueError: empty separator
