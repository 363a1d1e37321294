# Error: what `raise` carries. Errors are values: a raising function returns
# either its result or an Error (no unwinding).


struct Error(Writable, Copyable):
    var message: String

    @implicit
    def __init__(out self, literal: StringLiteral):
        self.message = String(literal)

    def __init__(out self, message: String):
        self.message = message

    def __init__[T: Writable](out self, value: T):
        self.message = String(value)

    def __init__[T0: Writable, T1: Writable, *Ts: Writable](
        out self, first: T0, second: T1, *rest: *Ts
    ):
        """The arguments written one after another (no separator)."""
        self.message = String()
        first.write_to(self.message)
        second.write_to(self.message)
        comptime for i in range(len(Ts)):
            rest[i].write_to(self.message)

    def write_repr_to(self, mut writer: Some[Writer]):
        """What repr() writes: the same as write_to."""
        self.write_to(writer)

    def write_to(self, mut writer: Some[Writer]):
        self.message.write_to(writer)

    def __str__(self) -> String:
        return self.message

    def get_stack_trace(self) -> Optional[String]:
        """The stack trace collected when the error was made: Ignis does
        not collect stack traces, so this is always None."""
        return None


def _error_from_typed[T: AnyType](value: T) -> Error:
    """A typed error that propagates through a bare `raises` (type erasure):
    an Error carrying the value's written form, or its type's name when it
    is not Writable."""
    comptime if conforms_to(T, Writable):
        return Error(String(value))
    else:
        return Error(comptime(__builtin.type_name[T]))
