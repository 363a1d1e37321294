# Turning compile-time values into run-time ones (Mojo 1.0's
# std.builtin.value; the value traits live in traits.mojo).


def materialize[T: AnyType, //, value: T]() -> T:
    """The compile-time `value` as a run-time value of its own type: a
    `List` computed at compile time becomes a new `List`, a struct holding
    Lists a new struct (each call builds a fresh copy)."""
    return value
