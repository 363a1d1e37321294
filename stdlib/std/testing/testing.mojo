# The assertions of std.testing. Each raises an Error whose text is
# `At FILE:LINE:COL: AssertionError: ...`, where FILE:LINE:COL is the call
# of the assertion (`location=` overrides it): the functions are
# `@always_inline` so `__builtin.call_location()` names their caller.

from std.reflection.location import SourceLocation
from std.testing._color import _use_color, _colored, _RED, _GREEN


def _assert_error[T: Writable](msg: T, loc: SourceLocation) -> Error:
    """`At FILE:LINE:COL: AssertionError: msg`."""
    var text = String("AssertionError: ")
    msg.write_to(text)
    return Error(loc.prefix(text))


def _colorize_diff(s: String, other: String, color: StringLiteral) -> String:
    """`s` with the codepoints that differ from `other` (at the same
    position) in `color`; plain text when stdout is not a terminal."""
    if not _use_color():
        return s
    var mine = s.codepoints()
    var theirs = other.codepoints()
    var out = String()
    for i in range(len(mine)):
        if i < len(theirs) and mine[i] == theirs[i]:
            mine[i].write_to(out)
        else:
            out += _colored(mine[i], color, True)
    return out


def _assert_cmp_error(
    cmp: StringLiteral, lhs: String, rhs: String, *, msg: String, loc: SourceLocation
) -> Error:
    """The message of a failed comparison: both sides, then the reason."""
    var err = String(cmp)
    err += " failed:\n   left: "
    err += _colorize_diff(lhs, rhs, _RED)
    err += "\n  right: "
    err += _colorize_diff(rhs, lhs, _GREEN)
    if msg:
        err += "\n  reason: "
        err += msg
    return _assert_error(err, loc)


@always_inline
def assert_true[T: Boolable, //](
    val: T,
    msg: String = "condition was unexpectedly False",
    *,
    location: Optional[SourceLocation] = None,
) raises:
    """Raises an Error with `msg` if `val` is False."""
    if not val.__bool__():
        raise _assert_error(msg, location.or_else(SourceLocation(__builtin.call_location())))


@always_inline
def assert_false[T: Boolable, //](
    val: T,
    msg: String = "condition was unexpectedly True",
    *,
    location: Optional[SourceLocation] = None,
) raises:
    """Raises an Error with `msg` if `val` is True."""
    if val.__bool__():
        raise _assert_error(msg, location.or_else(SourceLocation(__builtin.call_location())))


@always_inline
def assert_equal[T: Equatable & Writable, //](
    lhs: T,
    rhs: T,
    msg: String = "",
    *,
    location: Optional[SourceLocation] = None,
) raises:
    """Raises an Error showing both values unless `lhs == rhs`."""
    if not (lhs == rhs):
        raise _assert_cmp_error(
            "`left == right` comparison",
            String(lhs),
            String(rhs),
            msg=msg,
            loc=location.or_else(SourceLocation(__builtin.call_location())),
        )


@always_inline
def assert_not_equal[T: Equatable & Writable, //](
    lhs: T,
    rhs: T,
    msg: String = "",
    *,
    location: Optional[SourceLocation] = None,
) raises:
    """Raises an Error showing both values if `lhs == rhs`."""
    if lhs == rhs:
        raise _assert_cmp_error(
            "`left != right` comparison",
            String(lhs),
            String(rhs),
            msg=msg,
            loc=location.or_else(SourceLocation(__builtin.call_location())),
        )


@always_inline
def assert_almost_equal[dtype: DType, size: Int](
    lhs: SIMD[dtype, size],
    rhs: SIMD[dtype, size],
    msg: String = "",
    *,
    atol: Float64 = 1e-08,
    rtol: Float64 = 1e-05,
    equal_nan: Bool = False,
    location: Optional[SourceLocation] = None,
) raises:
    """Raises unless every lane of `lhs` is close to `rhs`: equal for bool
    and integer dtypes; for floats |lhs - rhs| <= max(atol, rtol *
    max(|lhs|, |rhs|)), both finite, or both NaN when `equal_nan`."""
    if not _all_close(lhs, rhs, atol, rtol, equal_nan):
        var err = String(lhs)
        err += " is not close to "
        err += String(rhs)
        comptime if dtype.is_integral() or dtype.is_floating_point():
            err += " with a diff of "
            err += String(abs(lhs - rhs))
        if msg:
            err += " ("
            err += msg
            err += ")"
        raise _assert_error(err, location.or_else(SourceLocation(__builtin.call_location())))


def _all_close[dtype: DType, size: Int](
    lhs: SIMD[dtype, size],
    rhs: SIMD[dtype, size],
    atol: Float64,
    rtol: Float64,
    equal_nan: Bool,
) -> Bool:
    """Whether every lane pair is close (see assert_almost_equal)."""
    comptime if dtype.is_floating_point():
        for i in range(size):
            var a = Float64(lhs[i])
            var b = Float64(rhs[i])
            if a == b:
                continue
            var a_nan = a != a
            var b_nan = b != b
            if a_nan and b_nan and equal_nan:
                continue
            if a_nan or b_nan:
                return False
            var inf = Float64(1.0) / Float64(0.0)
            if abs(a) == inf or abs(b) == inf:
                return False
            # In the dtype, as Mojo's math.isclose compares.
            comptime S = Scalar[dtype]
            var diff = abs(lhs[i] - rhs[i])
            var limit = max(S(atol), S(rtol) * max(abs(lhs[i]), abs(rhs[i])))
            if not (diff <= limit):
                return False
        return True
    else:
        return lhs == rhs


struct assert_raises:
    """A context manager: the `with` block must raise, else it raises
    `AssertionError: Didn't raise at FILE:LINE:COL`. With `contains=`, only
    an error whose text contains that string is caught; any other goes on.

    ```mojo
    with assert_raises(contains="index"):
        raise Error("bad index")
    ```
    """

    var message_contains: Optional[String]
    """If present, the text the error must contain."""
    var call_location: SourceLocation
    """Where the assert_raises was made (for the "Didn't raise" error)."""

    @always_inline
    def __init__(out self, *, location: Optional[SourceLocation] = None):
        """Catches any error."""
        self.message_contains = None
        self.call_location = location.or_else(SourceLocation(__builtin.call_location()))

    @always_inline
    def __init__(out self, *, contains: String, location: Optional[SourceLocation] = None):
        """Catches errors whose text contains `contains`."""
        self.message_contains = contains
        self.call_location = location.or_else(SourceLocation(__builtin.call_location()))

    def __enter__(self):
        pass

    def __exit__(self) raises:
        """The block ended without raising: an assertion failure."""
        var text = String("AssertionError: Didn't raise at ")
        self.call_location.write_to(text)
        raise Error(text)

    def __exit__(self, error: Error) raises -> Bool:
        """The block raised `error`: True (caught) unless `contains` is set
        and the text does not contain it (then the error goes on)."""
        if self.message_contains:
            return String(error).__contains__(self.message_contains.value())
        return True


# Strings of different kinds (String, StringSlice, StringLiteral) compare
# by their text, as Mojo's StringSlice overload does (a String and a
# StringSlice together need `.as_string_slice()` or `String(...)` in Ignis).
def _assert_text_equal(lhs: String, rhs: String, msg: String, loc: SourceLocation) raises:
    if lhs != rhs:
        raise _assert_cmp_error("`left == right` comparison", lhs, rhs, msg=msg, loc=loc)


@always_inline
def assert_equal(
    lhs: StringSlice,
    rhs: StringSlice,
    msg: String = "",
    *,
    location: Optional[SourceLocation] = None,
) raises:
    """Raises an Error showing both strings unless they are equal."""
    _assert_text_equal(
        String(lhs), String(rhs), msg, location.or_else(SourceLocation(__builtin.call_location()))
    )


@always_inline
def assert_equal(
    lhs: String,
    rhs: String,
    msg: String = "",
    *,
    location: Optional[SourceLocation] = None,
) raises:
    """Raises an Error showing both strings unless they are equal."""
    _assert_text_equal(lhs, rhs, msg, location.or_else(SourceLocation(__builtin.call_location())))
