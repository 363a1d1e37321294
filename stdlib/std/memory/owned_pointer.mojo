# OwnedPointer[T]: a heap box that owns one T and frees it when destroyed.

from std.memory.unsafe_pointer import UnsafePointer, alloc


struct OwnedPointer[T: Movable](Movable):
    var _ptr: UnsafePointer[Self.T]

    def __init__(out self, var value: Self.T):
        self._ptr = alloc[Self.T](1)
        self._ptr.init_pointee_move(value^)

    def __del__(deinit self):
        self._ptr.destroy_pointee()
        self._ptr.free()

    def __getitem__(self) -> Self.T:
        return self._ptr[]

    def __setitem__(mut self, var value: Self.T):
        self._ptr.destroy_pointee()
        self._ptr.init_pointee_move(value^)

    def unsafe_ptr(self) -> UnsafePointer[Self.T]:
        return self._ptr
