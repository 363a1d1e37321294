# RUN: %ignis run %s | FileCheck %s --match-full-lines
# `_` in the value of a comptime alias leaves that parameter unbound: the
# alias takes it, in order (`comptime StringKeyDict = Dict[String, _]`).

@fieldwise_init
struct Triple[a: Int, b: Int, c: Int]:
    def show(self):
        print(Self.a, Self.b, Self.c)

@fieldwise_init
struct Tagged[s: String, i: Int]:
    pass

# Named only in the signature of a function never called: still laid out.
def unused(t: Tagged["Hello", 3], u: Tagged[_, 4]):
    pass

comptime StringKeyDict = Dict[String, _]
comptime Middle = Triple[1, _, 3]
comptime Ends = Triple[_, 5, _]
comptime KwHole = Triple[7, 8, c=_]

def main() raises:
    var d: StringKeyDict[UInt8] = {"answer": 42}
    print(d["answer"])
    # CHECK: 42
    Middle[2]().show()
    # CHECK: 1 2 3
    Ends[4, 6]().show()
    # CHECK: 4 5 6
    KwHole[9]().show()
    # CHECK: 7 8 9
