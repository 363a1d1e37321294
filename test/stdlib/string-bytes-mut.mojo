# RUN: %ignis run %s | FileCheck %s --match-full-lines
# String.unsafe_as_bytes_mut() is a Span over the string's bytes that may
# change them; Span.swap_elements exchanges two elements.

def reverse_pairs(span: Span[mut=True, Byte, ...]) raises:
    for i in range(0, len(span) - 1, 2):
        span.swap_elements(i, i + 1)

def main() raises:
    var s = String("abcdefg")
    reverse_pairs(s.unsafe_as_bytes_mut())
    print(s)
    # CHECK: badcfeg
    var nums = [1, 2, 3]
    var sp = Span(nums)
    sp.swap_elements(0, 2)
    sp.swap_elements(1, 1)
    print(nums)
    # CHECK-NEXT: [3, 2, 1]
