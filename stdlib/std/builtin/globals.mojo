# std.builtin.globals: compile-time values used at run time.


def global_constant[T: AnyType, //, value: T]() -> T:
    """The compile-time `value` at run time, for reading (Mojo 1.0 returns a
    reference to one global copy; here each call builds the value, as
    `materialize` does, so bind it once: `ref table = global_constant[t]()`)."""
    return value
