# RUN: %ignis run %s | FileCheck %s --match-full-lines
# String(from_utf8=), String(from_utf8_lossy=), String(unsafe_from_utf8=),
# startswith/endswith with start and end, and iterating an Optional.


def main() raises:
    var b: List[UInt8] = [UInt8(0x48), 0x65, 0x6C, 0x6C, 0x6F]
    print(String(from_utf8_lossy=b), String(from_utf8=b), String(unsafe_from_utf8=b))
    # CHECK: Hello Hello Hello
    var bad: List[UInt8] = [UInt8(0x41), 0xFF, 0x42, 0xE2, 0x82, 0xAC, 0xC0, 0x80, 0xED, 0xA0, 0x80]
    var fixed = String(from_utf8_lossy=bad)
    print(fixed, fixed.count("\uFFFD"))
    # CHECK-NEXT: A{{.+}}B€{{.+}} 6
    try:
        print(String(from_utf8=bad))
    except e:
        print(e)
    # CHECK-NEXT: Cannot construct a String from invalid UTF-8 data
    var s = String("/tmp/x.txt")
    print(s.startswith("/", 0, -1), s.startswith("tmp", 1), s.startswith("tmp", 1, 3), s.endswith(".txt", 4), s.endswith("x", 0, 6))
    # CHECK-NEXT: True True False True True
    var o = Optional[String]("x")
    for v in o:
        print("got", v)
    # CHECK-NEXT: got x
    var none = Optional[Int]()
    for v in none:
        print("never", v)
    print("end")
    # CHECK-NEXT: end
