# RUN: %ignis run %s | FileCheck %s --match-full-lines
# `l[a:b]` on a List is a Span of its elements (Mojo 1.0's ContiguousSlice
# overload): writing through it changes the list, `sort(l[:])` sorts it in
# place. A slice with a step (`l[::2]`) is still a new List.

def main():
    var l = [5, 3, 9, 1, 7]
    sort(l[:])
    print(l)
    # CHECK: [1, 3, 5, 7, 9]
    var mid = l[1:4]
    mid[0] = 30
    print(len(mid), mid, l)
    # CHECK: 3 [30, 5, 7] [1, 30, 5, 7, 9]
    var names = [String("d"), String("b"), String("a"), String("c")]
    sort(names[1:])
    print(names)
    # CHECK: [d, a, b, c]
    var evens = l[::2]
    evens.append(100)
    print(evens, l)
    # CHECK: [1, 5, 9, 100] [1, 30, 5, 7, 9]
    print(l[-2:] == l[3:5], len(l[4:1]), l[:0])
    # CHECK: True 0 []
    var s = String("hello world")
    print(s[0:5], s[6:])
    # CHECK: hello world
