# RUN: %ignis run %s | FileCheck %s --match-full-lines
# `reflect[T]` (a prelude name): a type's name, base name and field count;
# `trait_downcast[Trait](x)` under `comptime if conforms_to(...)`; and a
# context manager whose `__exit__[E]` is generic over the error's type
# sees a typed error as itself. get_function_name[f]() is f's source name.

from std.reflection import get_function_name

struct Pair:
    var left: Int
    var right: String


@fieldwise_init
struct Timeout(Copyable, Writable):
    var seconds: Int

    def write_to(self, mut writer: Some[Writer]):
        writer.write("timeout after ", self.seconds, "s")


struct Opaque(Copyable):
    var code: Int

    def __init__(out self, code: Int):
        self.code = code


def describe[T: AnyType](value: T) -> String:
    var out = String(reflect[T].name()) + "/" + String(reflect[T].base_name())
    comptime if conforms_to(T, Writable):
        out += ": " + String(trait_downcast[Writable](value))
    return out


struct Guard:
    var swallow: Bool

    def __init__(out self, swallow: Bool):
        self.swallow = swallow

    def __enter__(self):
        pass

    def __exit__(self):
        print("exit, no error")

    def __exit__[E: AnyType](self, err: E) -> Bool:
        print("exit with", reflect[E].name())
        return self.swallow


def wait(n: Int) raises Timeout:
    if n > 2:
        raise Timeout(n)


def name_of[T: AnyType, //, value: T]() -> String:
    return String(reflect[T].name())


def main() raises:
    comptime fname = get_function_name[wait]()
    print(fname, get_function_name[describe[Int]]())
    # CHECK: wait describe
    print(name_of[True](), name_of[Timeout(2)]())
    # CHECK-NEXT: Bool Timeout
    print(reflect[Pair].name(), reflect[Pair].field_count())
    # CHECK-NEXT: Pair 2
    print(reflect[List[Int]].base_name(), reflect[Int].base_name())
    # CHECK-NEXT: List SIMD
    comptime n = reflect[Dict[String, Int]].name()
    print(n)
    # CHECK-NEXT: Dict[String, SIMD[DType.int, 1]]
    print(describe(Timeout(3)))
    # CHECK-NEXT: Timeout/Timeout: timeout after 3s
    print(describe(Opaque(1)))
    # CHECK-NEXT: Opaque/Opaque
    with Guard(True):
        wait(1)
    # CHECK-NEXT: exit, no error
    with Guard(True):
        wait(5)
    # CHECK-NEXT: exit with Timeout
    try:
        with Guard(False):
            wait(7)
    except e:
        print("caught:", e)
    # CHECK-NEXT: exit with Timeout
    # CHECK-NEXT: caught: timeout after 7s
    with Guard(True):
        raise "plain"
    # CHECK-NEXT: exit with Error
