# std.sys: the program's arguments and facts about the target.

from std.sys.info import CompilationTarget, is_little_endian, is_big_endian
from std.sys.info import is_64bit, is_32bit, simd_bit_width, simd_byte_width
from std.sys.info import num_logical_cores, num_physical_cores, num_performance_cores
from std.sys.info import bit_width_of, size_of, align_of, simd_width_of
from std.sys.info import is_gpu, is_nvidia_gpu, is_amd_gpu, is_apple_gpu, is_cpu_device
from std.sys.info import has_accelerator, has_nvidia_gpu_accelerator
from std.sys.info import has_amd_gpu_accelerator, has_apple_gpu_accelerator
from std.gpu.host.compile import GpuTarget
from std.sys.defines import is_defined, get_defined_bool, get_defined_int, get_defined_string


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


def exit(code: Int = 0):
    """Ends the program with status code (stdout is flushed first)."""
    __builtin.external_call["ignis_rt_exit"](code._value)


def get_type_name[T: AnyType]() -> StringLiteral:
    """The Mojo spelling of T: `SIMD[DType.float32, 4]`, `List[SIMD[DType.int, 1]]`
    (Mojo 1.0's Int is `SIMD[DType.int, 1]`)."""
    return comptime(__builtin.reflected_type_name[T])


