# Reflected[T] and its `reflect[T]` alias: compile-time facts about a type
# through static methods, written over the compiler's `__builtin` forms.


comptime reflect[T: AnyType] = Reflected[T]


struct Reflected[T: AnyType]:
    """A handle on the type T: its static methods describe it."""

    @staticmethod
    def name() -> StaticString:
        """The type's name with its parameters (`List[Int]`)."""
        return StaticString(comptime(__builtin.type_name[Self.T]))

    @staticmethod
    def base_name() -> StaticString:
        """The type's name without its parameters (`List`)."""
        var full = StaticString(comptime(__builtin.type_name[Self.T]))
        var cut = full.find("[")
        if cut < 0:
            return full
        return full.byte_slice(0, cut)

    @staticmethod
    def field_count() -> Int:
        """How many fields the struct T has."""
        return comptime(__builtin.struct_field_count[Self.T])
