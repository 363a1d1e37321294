# Reflected[T] and its `reflect[T]` alias: compile-time facts about a type
# through static methods, written over the compiler's `__builtin` forms
# (sema/InterpreterStructFields.cpp).


comptime reflect[T: AnyType] = Reflected[T]


struct Reflected[T: AnyType]:
    """A handle on the type T: its static methods describe it."""

    comptime _field_types = __builtin.struct_field_types[Self.T]

    comptime field[name: StringLiteral] = Reflected[
        __builtin.struct_field_type[Self.T, name]
    ]
    """The handle of the field called `name` (`reflect[P].field["x"].T`)."""

    @staticmethod
    def name() -> StaticString:
        """The type's name with its parameters (`List[Int]`)."""
        return StaticString(comptime(__builtin.reflected_type_name[Self.T]))

    @staticmethod
    def base_name() -> StaticString:
        """The type's name without its parameters (`List`)."""
        var full = StaticString(comptime(__builtin.reflected_type_name[Self.T]))
        var cut = full.find("[")
        if cut < 0:
            return full
        return full.byte_slice(0, cut)

    @staticmethod
    def is_struct() -> Bool:
        """Whether T is a struct type (Int and String are)."""
        return comptime(__builtin.is_struct[Self.T])

    @staticmethod
    def field_count() -> Int:
        """How many fields the struct T has."""
        return comptime(__builtin.struct_field_count[Self.T])

    @staticmethod
    def field_types() -> TypeList[*Self._field_types]:
        """The field types in order, as a TypeList (`types[i]` is a type)."""
        return TypeList[*Self._field_types]()

    @staticmethod
    def field_names() -> InlineArray[
        StaticString, __builtin.struct_field_count[Self.T]
    ]:
        """The field names in order."""
        comptime count = __builtin.struct_field_count[Self.T]
        var result = InlineArray[StaticString, count](uninitialized=True)
        comptime for i in range(count):
            result[i] = StaticString(
                comptime(__builtin.struct_field_name[Self.T, i])
            )
        return result^

    @staticmethod
    def field_index[name: StringLiteral]() -> Int:
        """The zero-based index of the field called `name`."""
        return comptime(__builtin.struct_field_index[Self.T, name])

    @staticmethod
    def field_ref[
        idx: Int
    ](ref s: Self.T) -> ref[s] __builtin.struct_field_type[Self.T, idx]:
        """Field `idx` of s, by reference (mutable where s is)."""
        return __builtin.struct_field[idx](s)

    @staticmethod
    def field_offset[*, index: Int = -1, name: StringLiteral = ""]() -> Int:
        """The byte offset of a field, given by `index=` or `name=`, with
        the alignment padding before it."""
        comptime if index >= 0:
            return comptime(__builtin.struct_field_offset[Self.T, index])
        else:
            return comptime(__builtin.struct_field_offset[Self.T, name])
