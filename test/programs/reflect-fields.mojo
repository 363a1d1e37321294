# RUN: %ignis run %s | FileCheck %s --match-full-lines
# std.reflection over a struct's fields: field_types as a TypeList,
# field_names, field_ref (read and write), field["name"], field_index,
# field_offset, is_struct, get_linkage_name, rebind_var, and a copy
# constructor whose struct parameters come from `copy: Self`.
from std.reflection import get_function_name, get_linkage_name


@fieldwise_init
struct Config(Equatable):
    var host: String
    var port: Int
    var verbose: Bool


struct Packet:
    var flags: UInt8
    var id: UInt32
    var payload: UInt64


@fieldwise_init
struct Opaque(Movable):
    var data: Int


def diff_fields[T: AnyType](a: T, b: T) -> List[String]:
    comptime names = reflect[T].field_names()
    comptime types = reflect[T].field_types()
    var diffs = List[String]()
    comptime for idx in range(reflect[T].field_count()):
        comptime if conforms_to(types[idx], Equatable):
            ref a_val = reflect[T].field_ref[idx](a)
            ref b_val = reflect[T].field_ref[idx](b)
            if trait_downcast[Equatable](a_val) != trait_downcast[Equatable](b_val):
                diffs.append(String(names[idx]))
    return diffs^


struct Box[T: ImplicitlyDeletable & Movable](Movable):
    var value: Self.T

    def __init__(out self, var value: Self.T):
        self.value = value^

    def __init__(out self, *, copy: Self) where conforms_to(Self.T, Copyable):
        self.value = rebind_var[Self.T](trait_downcast[Copyable](copy.value).copy())


def helper():
    pass


def make_default[T: Defaultable]() -> T:
    return T()


def main():
    comptime types = reflect[Config].field_types()
    # CHECK: 3 String SIMD[DType.int, 1] Bool
    print(types.size, reflect[types[0]].name(), reflect[types[1]].name(), reflect[types[2]].name())
    comptime names = reflect[Config].field_names()
    # CHECK-NEXT: host port verbose
    print(names[0], names[1], names[2])

    var c = Config("a", 1, False)
    reflect[Config].field_ref[1](c) = 99
    reflect[Config].field_ref[0](c) += "b"
    # CHECK-NEXT: ab 99 False
    print(c.host, c.port, reflect[Config].field_ref[2](c))
    var d = diff_fields(c, Config("ab", 2, True))
    # CHECK-NEXT: 2 port verbose
    print(len(d), d[0], d[1])
    # CHECK-NEXT: 0
    print(len(diff_fields(c, c)))

    # CHECK-NEXT: 1 2
    print(reflect[Config].field_index["port"](), reflect[Config].field_index["verbose"]())
    comptime host = reflect[Config].field["host"]
    var s: host.T = "typed as the field"
    # CHECK-NEXT: typed as the field String
    print(s, host.name())

    # CHECK-NEXT: 0 4 8 8
    print(
        reflect[Packet].field_offset[index=0](),
        reflect[Packet].field_offset[index=1](),
        reflect[Packet].field_offset[index=2](),
        reflect[Packet].field_offset[name="payload"](),
    )
    # CHECK-NEXT: True True SIMD List
    print(reflect[Config].is_struct(), reflect[Int].is_struct(), reflect[Int].base_name(), reflect[List[Int]].base_name())

    comptime linkage = get_linkage_name[helper]()
    # CHECK-NEXT: helper True True
    print(get_function_name[helper](), len(linkage) > 0, String(linkage) != "helper")

    var b = Box(42)
    var b2 = Box(copy=b)
    # CHECK-NEXT: 42 42
    print(b.value, b2.value)
    var o = Box(Opaque(7))
    # CHECK-NEXT: 7
    print(o.value.data)
    var x = 42
    # CHECK-NEXT: 0 0
    print(make_default[type_of(x)](), Int())
