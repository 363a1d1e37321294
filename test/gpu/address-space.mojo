# Address spaces are part of pointer types: a shared-memory pointer is not a
# generic one without address_space_cast.
# RUN: not %ignis build --emit=sema %s 2>&1 | FileCheck %s

from std.gpu import thread_idx
from std.memory import stack_allocation, AddressSpace, UnsafePointer


def take_generic(p: UnsafePointer[Float32]):
    p[0] = 1


def kernel():
    var s = stack_allocation[8, Float32, address_space=AddressSpace.SHARED]()
    take_generic(s.address_space_cast[AddressSpace.GENERIC]())
    take_generic(s)
    # CHECK: address-space.mojo:[[@LINE-1]]:18: error: cannot convert a value of type 'UnsafePointer[SIMD[DType.float32, 1], 0, 3]' to 'UnsafePointer[SIMD[DType.float32, 1], 0, 0]' for argument 'p' of 'take_generic'


def main():
    kernel()
