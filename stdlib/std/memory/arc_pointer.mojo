# ArcPointer[T]: a reference-counted heap value shared by its copies; the
# last copy destroyed frees it. Copies are implicit (`var b = a`), as in
# Mojo 1.0. (The count is not atomic yet.)

from std.memory.unsafe_pointer import UnsafePointer, alloc


struct ArcPointer[T: Movable](ImplicitlyCopyable, Copyable, Movable):
    var _count: UnsafePointer[Int]
    var _ptr: UnsafePointer[Self.T]

    def __init__(out self, var value: Self.T):
        self._count = alloc[Int](1)
        self._count.init_pointee_move(1)
        self._ptr = alloc[Self.T](1)
        self._ptr.init_pointee_move(value^)

    def __init__(out self, *, copy: Self):
        self._count = copy._count
        self._ptr = copy._ptr
        self._count[] = self._count[] + 1

    def __del__(deinit self):
        var n = self._count[] - 1
        self._count[] = n
        if n == 0:
            self._ptr.destroy_pointee()
            self._ptr.free()
            self._count.free()

    def copy(self) -> Self:
        return Self(copy=self)

    def __getitem__(self) -> ref [self] Self.T:
        """The shared value (a reference: `p[].field = v` changes it for
        every copy)."""
        return self._ptr[]

    def __setitem__(self, var value: Self.T):
        self._ptr.destroy_pointee()
        self._ptr.init_pointee_move(value^)

    def count(self) -> Int:
        """How many ArcPointers share the value."""
        return self._count[]

    def unsafe_ptr(self) -> UnsafePointer[Self.T]:
        return self._ptr
