# RUN: not %ignis build --emit=sema %s 2>&1 | FileCheck %s
# Asking reflection for a field the struct lacks is a located error, with
# the call that asked for it.

struct P:
    var a: Int


def main():
    # CHECK: error: 'P' has no member named 'nope'
    # CHECK: reflect-field-errors.mojo:[[@LINE+2]]:11: note: in instantiation of 'Reflected[P].field_index["nope"]' called here
    # CHECK-NEXT: print(reflect[P].field_index["nope"]())
    print(reflect[P].field_index["nope"]())
    # CHECK: error: expected a compile-time the index of a field, found 'P'
    # CHECK: reflect-field-errors.mojo:[[@LINE+1]]:11: note: in instantiation of 'Reflected[P].field_offset[3, ""]' called here
    print(reflect[P].field_offset[index=3]())
