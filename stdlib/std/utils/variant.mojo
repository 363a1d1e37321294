# std.utils.variant: Variant[*Ts], a value holding exactly one of the types
# Ts at a time (a tagged union).
#
# The active member lives in its own heap block (one allocation per
# assignment); `_tag` is its index in Ts, or -1 after `take`. The destructor
# destroys the active member exactly once.

from std.memory import UnsafePointer, alloc


struct Variant[*Ts: Movable](Movable):
    var _ptr: UnsafePointer[UInt8]
    var _tag: Int

    @implicit
    def __init__[T: Movable](out self, var value: T) where Self._index_of[T]() >= 0:
        comptime idx = Self._index_of[T]()
        comptime assert idx >= 0, "the type is not one of the Variant's types"
        var p = alloc[T](1)
        p.init_pointee_move(value^)
        self._ptr = p.bitcast[UInt8]()
        self._tag = idx

    def __del__(deinit self):
        self._destroy_active()
        self._ptr.free()

    @staticmethod
    def _index_of[T: AnyType]() -> Int:
        comptime for i in range(len(Self.Ts)):
            comptime if Self.Ts[i] == T:
                return i
        return -1

    def _destroy_active(self):
        comptime for i in range(len(Self.Ts)):
            if self._tag == i:
                self._ptr.bitcast[Self.Ts[i]]().destroy_pointee()

    def write_to(self, mut writer: Some[Writer]) where _all_writable[*Self.Ts]():
        """Writes the active member (every member type must be Writable)."""
        comptime for i in range(len(Self.Ts)):
            comptime if conforms_to(Self.Ts[i], Writable):
                if self._tag == i:
                    self._ptr.bitcast[Self.Ts[i]]()[].write_to(writer)

    def write_repr_to(self, mut writer: Some[Writer]) where _all_writable[*Self.Ts]():
        """`Variant[T1, T2](repr of the active member)`."""
        writer.write(comptime(__builtin.type_name[Self]), "(")
        comptime for i in range(len(Self.Ts)):
            comptime if conforms_to(Self.Ts[i], Writable):
                if self._tag == i:
                    self._ptr.bitcast[Self.Ts[i]]()[].write_repr_to(writer)
        writer.write(")")

    def isa[T: AnyType](self) -> Bool:
        """Whether the active member has type T."""
        comptime idx = Self._index_of[T]()
        comptime assert idx >= 0, "the type is not one of the Variant's types"
        return self._tag == idx

    def __getitem__[T: AnyType](ref self) -> ref [self] T:
        """The active member as a T (stops the program if it is not a T)."""
        comptime idx = Self._index_of[T]()
        comptime assert idx >= 0, "the type is not one of the Variant's types"
        if self._tag != idx:
            _wrong_type()
        return self._ptr.bitcast[T]()[]

    def take[T: Movable](mut self) -> T:
        """Moves the active member out; the Variant is empty afterwards."""
        comptime idx = Self._index_of[T]()
        comptime assert idx >= 0, "the type is not one of the Variant's types"
        if self._tag != idx:
            _wrong_type()
        self._tag = -1
        return self._ptr.bitcast[T]().take_pointee()

    def unsafe_get[T: AnyType](ref self) -> ref [self] T:
        """The active member as a T, without checking that it is one."""
        return self._ptr.bitcast[T]()[]

    def unsafe_take[T: Movable](mut self) -> T:
        """Moves the active member out without checking its type."""
        self._tag = -1
        return self._ptr.bitcast[T]().take_pointee()

    def replace[Tin: Movable, Tout: Movable](mut self, var value: Tin) -> Tout:
        """Moves the active member (a Tout) out and stores value instead."""
        var old = self.take[Tout]()
        self.set[Tin](value^)
        return old^

    def set[T: Movable](mut self, var value: T):
        """Replaces the active member (destroying it) with value."""
        comptime idx = Self._index_of[T]()
        comptime assert idx >= 0, "the type is not one of the Variant's types"
        self._destroy_active()
        self._ptr.free()
        var p = alloc[T](1)
        p.init_pointee_move(value^)
        self._ptr = p.bitcast[UInt8]()
        self._tag = idx


@no_inline
def _wrong_type():
    __builtin.external_call["ignis_rt_abort"](
        __builtin.string_data("Variant: the active member has another type"),
        __builtin.string_length("Variant: the active member has another type"),
    )


def _all_writable[*Ts: AnyType]() -> Bool:
    comptime for i in range(len(Ts)):
        comptime if not conforms_to(Ts[i], Writable):
            return False
    return True
