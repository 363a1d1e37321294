# A decorator on a struct field (`@__allow_legacy_any_origin_fields`, as
# Mojo's own GPU examples write) is accepted; the field is an ordinary one.
# RUN: %ignis run %s | FileCheck %s


struct Params:
    @__allow_legacy_any_origin_fields
    var out_ptr: UnsafePointer[Int32, MutAnyOrigin]

    @__allow_legacy_any_origin_fields
    var n: Int

    def __init__(out self, p: UnsafePointer[Int32, MutAnyOrigin], n: Int):
        self.out_ptr = p
        self.n = n


def main():
    var x = Int32(5)
    var p = Params(UnsafePointer(to=x), 3)
    print(p.out_ptr[], p.n)
    # CHECK: 5 3
