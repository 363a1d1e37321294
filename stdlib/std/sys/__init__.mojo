# std.sys: the program's arguments and facts about the target.

from std.sys.info import CompilationTarget, is_little_endian, is_big_endian
from std.sys.info import is_64bit, is_32bit, simd_bit_width, simd_byte_width
from std.sys.info import num_logical_cores, num_physical_cores, num_performance_cores
from std.sys.info import bit_width_of
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


def is_gpu() -> Bool:
    """Whether the code is being compiled as a kernel (for a GPU or for the
    cpu device, which runs kernels with GPU semantics)."""
    return comptime(__builtin.target_field["accelerator"] != "")


def is_nvidia_gpu() -> Bool:
    """Whether the code is being compiled for an NVIDIA GPU (PTX)."""
    return comptime(__builtin.target_field["accelerator"] == "nvidia")


def is_nvidia_gpu[subarch: StringLiteral]() -> Bool:
    """Whether the code is being compiled for the NVIDIA GPU `subarch`
    ("sm_90")."""
    return comptime(
        __builtin.target_field["accelerator"] == "nvidia"
        and __builtin.target_field["gpu_arch"] == subarch
    )


def is_amd_gpu() -> Bool:
    """Whether the code is being compiled for an AMD GPU."""
    return comptime(__builtin.target_field["accelerator"] == "amd")


def is_apple_gpu() -> Bool:
    """Whether the code is being compiled for an Apple GPU (never: Ignis
    has no Metal back end)."""
    return False


def is_cpu_device() -> Bool:
    """Whether the code is a kernel being compiled for Ignis's cpu device."""
    return comptime(__builtin.target_field["accelerator"] == "cpu")


def has_accelerator() -> Bool:
    """Whether kernels can be compiled and launched: always, since Ignis
    compiles every kernel for the cpu device as well as for the GPU of
    --target-accelerator (DeviceContext() picks a GPU at run time when
    there is one)."""
    return True


def has_nvidia_gpu_accelerator() -> Bool:
    """Whether kernels are compiled for an NVIDIA GPU
    (--target-accelerator=nvidia:..., the default)."""
    return comptime(__builtin.target_field["gpu_vendor"] == "nvidia")


def has_amd_gpu_accelerator() -> Bool:
    """Whether kernels are compiled for an AMD GPU
    (--target-accelerator=amdgpu:...)."""
    return comptime(__builtin.target_field["gpu_vendor"] == "amdgpu")


def has_apple_gpu_accelerator() -> Bool:
    """Whether kernels are compiled for an Apple GPU (never)."""
    return False


def exit(code: Int = 0):
    """Ends the program with status code (stdout is flushed first)."""
    __builtin.external_call["ignis_rt_exit"](code._value)


def size_of[T: AnyType]() -> Int:
    """The size of T in bytes, as laid out in memory."""
    return comptime(__builtin.size_of[T])


def align_of[T: AnyType]() -> Int:
    """The alignment of T in bytes."""
    return comptime(__builtin.align_of[T])


def size_of[dtype: DType]() -> Int:
    """The size of one dtype scalar in bytes."""
    return comptime(__builtin.size_of[Scalar[dtype]])


def align_of[dtype: DType]() -> Int:
    """The alignment of one dtype scalar in bytes."""
    return comptime(__builtin.align_of[Scalar[dtype]])


def simd_width_of[dt: DType]() -> Int:
    """How many dt lanes fill one SIMD register of the target (AVX2: 256 bits)."""
    return comptime(__builtin.simd_width_of[dt])


def simd_width_of[dt: DType, *, target: GpuTarget]() -> Int:
    """How many dt lanes fill one vector load of a GPU target
    (`target=get_gpu_target()`): 4 for float32."""
    return max(1, target.vector_bytes // size_of[Scalar[dt]]())


def get_type_name[T: AnyType]() -> StringLiteral:
    """The Mojo spelling of T: `Int`, `SIMD[DType.float32, 4]`."""
    return comptime(__builtin.type_name[T])


