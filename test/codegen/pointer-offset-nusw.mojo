# RUN: %ignis build --emit=llvm -O0 %s -o %t0.ll
# RUN: FileCheck %s --input-file=%t0.ll --check-prefix=O0
# RUN: %ignis build --emit=llvm -O2 --target-cpu=x86-64-v2 %s -o %t.ll
# RUN: FileCheck %s --input-file=%t.ll
# RUN: %ignis run %s | FileCheck %s --check-prefix=OUT
# `p + n` (UnsafePointer offsets, and so every List and Span element) is a
# `getelementptr nusw` (docs/codegen.md, "Alias information"): the address
# arithmetic does not wrap, so alias analysis can tell field a of element i
# from field b of element j by their offsets modulo the element size, and a
# store to xs[i].a keeps a loaded xs[j].b in a register.


@fieldwise_init
struct Pair(Copyable):
    var a: Float64
    var b: Float64
    var c: Float64


@no_inline
def store_between(mut xs: List[Pair], i: Int, j: Int) -> Float64:
    var m = xs[j].b
    xs[i].a = 2.0
    return m + xs[j].b


def main():
    var xs = List[Pair]()
    xs.append(Pair(1.0, 3.0, 5.0))
    xs.append(Pair(7.0, 11.0, 13.0))
    # i and j vary (no constant for IPSCCP to put in the function).
    for k in range(2):
        var r = store_between(xs, k, 1 - k)
        print(r, xs[k].a)
    # OUT: 22.0 2.0
    # OUT-NEXT: 6.0 2.0


# O0-LABEL: define internal ptr @_ignis_UnsafePointer_Pair{{.*}}(
# O0:       getelementptr nusw { double, double, double }, ptr %{{[0-9]+}}, i64 %{{[0-9]+}}

# One load of xs[j].b: the store to xs[i].a is at a different offset
# modulo 24 bytes, whatever i and j are.
# CHECK-LABEL: define internal fastcc {{.*}}double @_ignis_store_between_{{[0-9]+}}(
# CHECK:       load double
# CHECK-NOT:   load double
# CHECK:       ret double
