# std.sys: the program's arguments and facts about the target.


def argv() -> _Arguments:
    """The command-line arguments; argv()[0] is the program."""
    return _Arguments()


@register_passable("trivial")
struct _Arguments(Sized, ImplicitlyCopyable):
    def __init__(out self):
        pass

    def __len__(self) -> Int:
        return Int(raw=__builtin.external_call["ignis_rt_argc", __builtin.simd[DType.index, 1]]())

    def __getitem__(self, index: Int) -> String:
        var text = __builtin.external_call[
            "ignis_rt_argv", __builtin.pointer[__builtin.simd[DType.uint8, 1]]
        ](index._value)
        var length = Int(raw=__builtin.external_call["strlen", __builtin.simd[DType.index, 1]](text))
        var result = String()
        result.write_bytes(text, length)
        return result


def is_gpu() -> Bool:
    return False
