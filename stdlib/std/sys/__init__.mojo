# std.sys: the program's arguments and facts about the target.

from std.sys.info import CompilationTarget, is_little_endian, is_big_endian
from std.sys.info import is_64bit, is_32bit, simd_bit_width, simd_byte_width
from std.sys.info import num_logical_cores, num_physical_cores, num_performance_cores


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


def is_nvidia_gpu() -> Bool:
    """Whether the code is compiled for an NVIDIA GPU (not yet: CPU only)."""
    return False


def is_amd_gpu() -> Bool:
    """Whether the code is compiled for an AMD GPU (not yet: CPU only)."""
    return False


def has_accelerator() -> Bool:
    """Whether a GPU target is available to the compilation (not yet)."""
    return False


def size_of[T: AnyType]() -> Int:
    """The size of T in bytes, as laid out in memory."""
    return comptime(__builtin.size_of[T])


def align_of[T: AnyType]() -> Int:
    """The alignment of T in bytes."""
    return comptime(__builtin.align_of[T])


def simd_width_of[dt: DType]() -> Int:
    """How many dt lanes fill one SIMD register of the target (AVX2: 256 bits)."""
    return comptime(__builtin.simd_width_of[dt])


def get_type_name[T: AnyType]() -> StringLiteral:
    """The Mojo spelling of T: `Int`, `SIMD[DType.float32, 4]`."""
    return comptime(__builtin.type_name[T])
