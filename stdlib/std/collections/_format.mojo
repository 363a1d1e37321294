# The parser behind String.format and StringSlice.format: Python's
# str.format fields "{}", "{0}", "{!s}", "{0!r}" and the escapes "{{" "}}",
# with Mojo 1.0's error messages. Format specs after ":" are not supported
# (Mojo 1.0 does not support them either).

from std.collections.list import List
from std.collections.string_slice import StringSlice


def _format_plan(fmt: StringSlice, n_args: Int) raises -> List[Int]:
    """Quadruples (literal start, literal end, argument index or -1, 1 for
    "!r"): copy the bytes [start, end) of fmt, then write that argument
    (with write_repr_to for "!r")."""
    comptime l_err = "there is a single curly { left unclosed or unescaped"
    comptime r_err = "there is a single curly } left unclosed or unescaped"
    var plan = List[Int]()
    var n = len(fmt)
    var literal_start = 0
    var automatic = 0
    var manual = 0
    var i = 0
    while i < n:
        var c = fmt._byte(i)
        if c == 125:  # }
            if i + 1 < n and fmt._byte(i + 1) == 125:
                plan.append(literal_start)
                plan.append(i + 1)
                plan.append(-1)
                plan.append(0)
                i += 2
                literal_start = i
                continue
            raise Error(r_err)
        if c != 123:  # {
            i += 1
            continue
        if i + 1 < n and fmt._byte(i + 1) == 123:
            plan.append(literal_start)
            plan.append(i + 1)
            plan.append(-1)
            plan.append(0)
            i += 2
            literal_start = i
            continue
        var close = i + 1
        while close < n and fmt._byte(close) != 125:
            if fmt._byte(close) == 123:
                raise Error(l_err)
            close += 1
        if close >= n:
            raise Error(l_err)
        var field_end = close
        var as_repr = 0
        var bang = i + 1
        while bang < close and fmt._byte(bang) != 33:  # !
            bang += 1
        if bang < close:
            if bang + 1 == close:
                raise Error("Empty conversion flag.")
            var flag = fmt._byte(bang + 1)
            if close - bang > 2 or (flag != 115 and flag != 114):  # s r
                raise Error('Conversion flag "', fmt._sub(bang + 1, close), '" not recognized.')
            field_end = bang
            as_repr = 1 if flag == 114 else 0
        var index: Int
        if field_end == i + 1:
            if automatic >= n_args:
                raise Error("Automatic indexing require more args in *args")
            index = automatic
            automatic += 1
        else:
            var field = fmt._sub(i + 1, field_end)
            var number = 0
            var digits = True
            for k in range(len(field)):
                var d = field._byte(k)
                if d < 48 or d > 57:
                    digits = False
                    break
                number = number * 10 + (d - 48)
            if not digits:
                raise Error("Index ", field, " not in kwargs")
            if number >= n_args:
                raise Error("Index ", number, " not in *args")
            index = number
            manual += 1
        if manual > 0 and automatic > 0:
            raise Error("Cannot both use manual and automatic indexing")
        plan.append(literal_start)
        plan.append(i)
        plan.append(index)
        plan.append(as_repr)
        i = close + 1
        literal_start = i
    plan.append(literal_start)
    plan.append(n)
    plan.append(-1)
    plan.append(0)
    return plan^
