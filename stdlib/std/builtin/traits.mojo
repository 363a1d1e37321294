# The built-in traits (LANGUAGE.md section 3). Lifecycle traits (Copyable,
# Movable, ...) are satisfied by the compiler's synthesised methods.

from std.collections.string_slice import StringSlice


trait AnyType:
    pass


trait ImplicitlyDeletable:
    pass


trait Copyable:
    pass


trait Movable:
    pass


trait ImplicitlyCopyable(Copyable):
    pass


trait RegisterPassable:
    pass


trait TrivialRegisterPassable(RegisterPassable):
    pass


trait Defaultable:
    def __init__(out self):
        ...


trait Writer:
    """Something that text can be written to. A Writer implements
    write_string (as Mojo 1.0 writers do) or write_bytes (the raw form); each
    has a default that calls the other, so implement at least one."""

    def write_bytes(mut self, data: __builtin.pointer[__builtin.simd[DType.uint8, 1]], length: Int):
        self.write_string(StringSlice(unsafe_data=data, length=length))

    def write_string(mut self, string: StringSlice):
        self.write_bytes(string._data, string._len)

    def write_str(mut self, text: StringLiteral):
        self.write_bytes(__builtin.string_data(text), Int(raw=__builtin.string_length(text)))

    def write[*Ts: Writable](mut self, *args: *Ts):
        """Writes each argument in turn (no separator)."""
        comptime for i in range(len(Ts)):
            args[i].write_to(self)


trait Writable:
    """A value that can write itself to a Writer (used by print and String)."""

    def write_to(self, mut writer: Some[Writer]):
        """By default `TypeName(field1=value1, field2=value2)`, each field
        written with its own write_to."""
        writer.write(comptime(__builtin.type_name[Self]), "(")
        comptime for i in range(__builtin.struct_field_count[Self]):
            comptime if i > 0:
                writer.write(", ")
            writer.write(comptime(__builtin.struct_field_name[Self, i]), "=")
            __builtin.struct_field[i](self).write_to(writer)
        writer.write(")")

    def write_repr_to(self, mut writer: Some[Writer]):
        """What repr() writes; by default `TypeName(field1=repr1, ...)`,
        each field written with its own write_repr_to."""
        writer.write(comptime(__builtin.type_name[Self]), "(")
        comptime for i in range(__builtin.struct_field_count[Self]):
            comptime if i > 0:
                writer.write(", ")
            writer.write(comptime(__builtin.struct_field_name[Self, i]), "=")
            __builtin.struct_field[i](self).write_repr_to(writer)
        writer.write(")")


trait Sized:
    def __len__(self) -> Int:
        ...


trait Boolable:
    def __bool__(self) -> Bool:
        ...


trait Intable:
    def __int__(self) -> Int:
        ...


trait Indexer:
    def __index__(self) -> Int:
        ...


trait Equatable:
    def __eq__(self, other: Self) -> Bool:
        """By default, field by field (each field's type compares with
        `==`)."""
        comptime for i in range(__builtin.struct_field_count[Self]):
            if not (__builtin.struct_field[i](self) == __builtin.struct_field[i](other)):
                return False
        return True

    def __ne__(self, other: Self) -> Bool:
        return not self.__eq__(other)


trait Comparable(Equatable):
    def __lt__(self, other: Self) -> Bool:
        ...


trait Hashable:
    def __hash__(self) -> UInt64:
        """By default the fields' hashes combined (FNV-1a style over each
        field's __hash__)."""
        var h: UInt64 = 14695981039346656037
        comptime for i in range(__builtin.struct_field_count[Self]):
            h = (h ^ hash(__builtin.struct_field[i](self))) * 1099511628211
        return h


trait Stringable:
    def __str__(self) -> String:
        ...


trait DevicePassable:
    pass
