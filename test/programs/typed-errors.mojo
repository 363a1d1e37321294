# RUN: %ignis run %s 2>&1 | FileCheck %s --match-full-lines
# RUN: not %ignis run %S/Inputs/typed-errors-bad.mojo 2>&1 | FileCheck %s --check-prefix=BAD
# RUN: not %ignis run %S/Inputs/typed-errors-main.mojo 2>&1 | FileCheck %s --check-prefix=MAIN
# Typed errors: `raises T`, `except e` typed by what the body raises, type
# erasure through a bare `raises`, `Never`, Variant errors.
from std.utils import Variant


@fieldwise_init
struct ParseError(Copyable, Writable):
    var line: Int
    var what: String

    def write_to(self, mut writer: Some[Writer]):
        writer.write("ParseError(line ", self.line, "): ", self.what)


@fieldwise_init
struct Missing(Movable, Writable):
    var name: String


def parse(text: String) raises ParseError -> Int:
    if text == "":
        raise ParseError(1, "empty")
    return len(text)


def erased(text: String) raises -> Int:
    return parse(text)


def wrap(text: String) raises ParseError -> Int:
    try:
        return erased(text)
    except e:
        raise ParseError(0, String("wrapped: ", e))


def panic(msg: String) raises -> Never:
    raise Error(msg)


def or_panic(x: Int) raises -> Int:
    if x > 0:
        return x
    panic("not positive")


def add(a: Int, b: Int) raises Never -> Int:
    return a + b


comptime Failure = Variant[ParseError, Missing]


def lookup(key: String) raises Failure -> Int:
    if key == "":
        raise Failure(ParseError(2, "no key"))
    if key == "x":
        raise Failure(Missing(key))
    return 1


def main():
    try:
        print(parse("abc"))
        _ = parse("")
        print("not reached")
    except e:
        print("line", e.line, "what", e.what)
    # CHECK: 3
    # CHECK-NEXT: line 1 what empty
    try:
        _ = erased("")
    except e:
        print("erased:", e)
    # CHECK-NEXT: erased: ParseError(line 1): empty
    try:
        _ = wrap("")
    except e:
        print(e.line, e.what)
    # CHECK-NEXT: 0 wrapped: ParseError(line 1): empty
    try:
        print(or_panic(4))
        print(or_panic(-1))
    except e:
        print("panic:", e)
    # CHECK-NEXT: 4
    # CHECK-NEXT: panic: not positive
    print(add(2, 3))
    # CHECK-NEXT: 5
    for key in ["k", "", "x"]:
        try:
            print(lookup(key))
        except e:
            if e.isa[Missing]():
                print("missing", e[Missing].name)
            else:
                print("failure:", e)
    # CHECK-NEXT: 1
    # CHECK-NEXT: failure: ParseError(line 2): no key
    # CHECK-NEXT: missing x
    try:
        try:
            _ = parse("")
        except e:
            raise e^
    except e:
        print("re-raised", e.line)
    # CHECK-NEXT: re-raised 1

# BAD: typed-errors-bad.mojo:11:15: error: this raises 'Error', but the same 'try' block already raises 'ParseError'; use separate 'try' blocks
# BAD: typed-errors-bad.mojo:10:13: note: 'ParseError' is raised here
# BAD: typed-errors-bad.mojo:16:15: error: 'strict' raises 'ParseError', but this raises 'Error'
# BAD: typed-errors-bad.mojo:22:12: error: 'strict2' raises 'ParseError', but this raises 'Error'

# MAIN: before
# MAIN-NEXT: Unhandled exception caught during execution: ParseError(line=7)
