# RUN: %ignis build --emit=llvm -O2 --target-cpu=x86-64-v2 %s -o %t.ll
# RUN: FileCheck %s --input-file=%t.ll
# RUN: %ignis build --emit=llvm -O0 %s -o %t0.ll
# RUN: FileCheck %s --input-file=%t0.ll --check-prefix=O0
# RUN: %ignis run %s | FileCheck %s --check-prefix=OUT
# A Span (a view holding a length) is passed `read` by address even though
# it is only 16 bytes (docs/codegen.md, "Functions and calls"): the callee
# loads its length and assumes it is not negative. By value, IPSCCP proved
# that assume true from the one call site and dropped it, and the check of
# `xs[i - 1]` stayed in the loop as an early exit (which also stopped the
# store-to-load forwarding of xs[i - 1]).


@no_inline
def prefix_span(xs: Span[Int]):
    # xs[i] and xs[i - 1] for i in [1, len): both checks go.
    for i in range(1, len(xs)):
        xs[i] = xs[i] + xs[i - 1]


@no_inline
def pair_sum(xs: Span[Int]) -> Int:
    # xs[i + 1] for i in [0, len - 1): no check left either.
    var s = 0
    for i in range(len(xs) - 1):
        s += xs[i] * xs[i + 1]
    return s


def apply[f: def(Span[Int]) -> Int](s: Span[Int]) -> Int:
    return f(s)


def main():
    var l = List[Int]()
    for i in range(10):
        l.append(i % 4)
    prefix_span(Span(l))
    print(l[0], l[1], l[2], l[9])
    print(pair_sum(Span(l)))
    # Through a compile-time function parameter and a function value: the
    # same by-address convention at every call.
    print(apply[pair_sum](Span(l)))
    var g = pair_sum
    print(g(Span(l)))
    # OUT: 0 1 3 13
    # OUT-NEXT: 570
    # OUT-NEXT: 570
    # OUT-NEXT: 570


# CHECK-LABEL: define internal fastcc void @_ignis_prefix_span_{{[0-9]+}}(ptr noalias {{.*}}readonly {{.*}}dereferenceable(16) %0)
# CHECK-NOT:   index_out_of_bounds
# CHECK:       ret void
# CHECK-NEXT:  }

# CHECK-LABEL: define internal fastcc {{.*}}i64 @_ignis_pair_sum_{{[0-9]+}}(ptr
# CHECK-NOT:   index_out_of_bounds
# CHECK:       ret i64
# CHECK-NEXT:  }

# The length is loaded with its own TBAA tag and assumed not negative.
# O0-LABEL: define internal i64 @_ignis_Span_Int{{.*}}__getitem__{{.*}}(ptr noalias noundef readonly captures(none) dereferenceable(16) %0,
# O0:       [[LEN:%[0-9]+]] = load i64, ptr %{{[0-9]+}}, align 8, !tbaa [[SPANLEN:![0-9]+]]
# O0-NEXT:  [[NONNEG:%[0-9]+]] = icmp sge i64 [[LEN]], 0
# O0-NEXT:  call void @llvm.assume(i1 [[NONNEG]])
# O0:       [[SPANLEN]] = !{[[SPANLENTY:![0-9]+]], [[SPANLENTY]], i64 0}
# O0:       [[SPANLENTY]] = !{!"Span._len",
