# RUN: %ignis run %s | FileCheck %s --match-full-lines
# StringSlice and StaticString: views of literal and String bytes, String()
# from a slice, byte_slice, comparisons, hashing equal to String's, `in`,
# find/startswith/endswith, split into slices, strip, printing.
def show(s: StringSlice):
    print("[", s, "]", sep="")

def main() raises:
    var lit: StaticString = "hello world"
    print(lit, len(lit), lit.byte_length())
    # CHECK: hello world 11 11
    var owned = String("a,bb,,ccc")
    var v = owned.as_string_slice()
    var parts = v.split(",")
    print(len(parts), parts[0], parts[1], parts[2] == "", parts[3])
    # CHECK-NEXT: 4 a bb True ccc
    var w = lit.byte_slice(6, 11)
    show(w)
    # CHECK-NEXT: [world]
    var copy = String(w)
    copy += "!"
    print(copy, w)
    # CHECK-NEXT: world! world
    print(w == "world", w != "world", w == String("world"), w < "zebra", w > "apple")
    # CHECK-NEXT: True False True True True
    print(hash(w) == hash(String("world")), "lo w" in lit, "xyz" in lit)
    # CHECK-NEXT: True True False
    print(lit.find("o"), lit.find("o", 5), lit.find("q"), lit.startswith("hell"), lit.endswith("rld"))
    # CHECK-NEXT: 4 7 -1 True True
    var padded = StringSlice("  mid  ")
    show(padded.strip())
    # CHECK-NEXT: [mid]
    print(lit[byte=1], lit.byte_slice(-5, 100), True if StringSlice("") else False)
    # CHECK-NEXT: e world False
    # (Origins are not tracked: a slice does not keep its String alive, so
    # owned is used again below.)
    var from_string = StringSlice(owned)
    print(from_string.byte_slice(2, 4), len(owned))
    # CHECK-NEXT: bb 9
