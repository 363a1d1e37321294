# RUN: %ignis run %s | FileCheck %s --match-full-lines
# String.unsafe_as_bytes_mut() and Span.swap_elements (the manual's
# infer-only parameters program swaps a string's bytes pairwise).

def mutate_span(span: Span[mut=True, Byte, ...]) raises:
    for i in range(0, len(span), 2):
        if i + 1 < len(span):
            span.swap_elements(i, i + 1)

def main() raises:
    var s = String("abcdefg")
    mutate_span(s.unsafe_as_bytes_mut())
    print(s)
    # CHECK: badcfeg
    var l = [1, 2, 3]
    var sp = Span(l)
    sp.swap_elements(0, 2)
    print(l[0], l[1], l[2])
    # CHECK: 3 2 1
    try:
        sp.swap_elements(1, 3)
    except e:
        print(e)
    # CHECK: index out of bounds (length: 3, a: 1, b: 3)
    var names = [String("x"), String("y")]
    Span(names).swap_elements(0, 1)
    print(names[0], names[1])
    # CHECK: y x
