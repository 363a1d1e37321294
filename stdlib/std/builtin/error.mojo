# Error: what `raise` carries. Errors are values: a raising function returns
# either its result or an Error (no unwinding).


struct Error(Writable, Copyable):
    var message: String

    @implicit
    def __init__(out self, literal: StringLiteral):
        self.message = String(literal)

    def __init__(out self, message: String):
        self.message = message

    def write_to(self, mut writer: Some[Writer]):
        self.message.write_to(writer)

    def __str__(self) -> String:
        return self.message
