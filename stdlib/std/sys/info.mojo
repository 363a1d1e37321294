# std.sys.info: facts about the compilation target, as compile-time values.
#
# The target is the host (Ignis compiles for the machine it runs on); CPU
# features are the host's with --target-cpu=native (the default) and none
# with another --target-cpu.

from std.gpu.host.compile import GpuTarget


struct CompilationTarget(TrivialRegisterPassable):
    """Queries about the target architecture, operating system and features."""

    def __init__(out self):
        pass

    @staticmethod
    def _has_feature[name: StringLiteral]() -> Bool:
        return comptime(__builtin.target_has_feature[name])

    @staticmethod
    def has_sse4() -> Bool:
        return comptime(__builtin.target_has_feature["sse4.1"])

    @staticmethod
    def has_avx() -> Bool:
        return comptime(__builtin.target_has_feature["avx"])

    @staticmethod
    def has_avx2() -> Bool:
        return comptime(__builtin.target_has_feature["avx2"])

    @staticmethod
    def has_avx512f() -> Bool:
        return comptime(__builtin.target_has_feature["avx512f"])

    @staticmethod
    def has_fma() -> Bool:
        return comptime(__builtin.target_has_feature["fma"])

    @staticmethod
    def has_vnni() -> Bool:
        return comptime(
            __builtin.target_has_feature["avx512vnni"]
            or __builtin.target_has_feature["avxvnni"]
        )

    @staticmethod
    def has_intel_amx() -> Bool:
        return comptime(__builtin.target_has_feature["amx-tile"])

    @staticmethod
    def has_neon() -> Bool:
        return comptime(__builtin.target_has_feature["neon"])

    @staticmethod
    def is_x86() -> Bool:
        return comptime(
            __builtin.target_field["arch"] == "x86_64"
            or __builtin.target_field["arch"] == "i386"
        )

    @staticmethod
    def is_aarch64() -> Bool:
        return comptime(__builtin.target_field["arch"] == "aarch64")

    @staticmethod
    def is_apple_silicon() -> Bool:
        return comptime(
            __builtin.target_field["arch"] == "aarch64"
            and __builtin.target_field["os"] == "darwin"
        )

    @staticmethod
    def is_linux() -> Bool:
        return comptime(__builtin.target_field["os"] == "linux")

    @staticmethod
    def is_macos() -> Bool:
        return comptime(
            __builtin.target_field["os"] == "darwin"
            or __builtin.target_field["os"] == "macosx"
        )


def is_little_endian() -> Bool:
    """Whether the target stores the least significant byte first."""
    return comptime(__builtin.target_field["endianness"] == "little")


def is_big_endian() -> Bool:
    """Whether the target stores the most significant byte first."""
    return comptime(__builtin.target_field["endianness"] == "big")


def is_64bit() -> Bool:
    """Whether pointers and Int are 64 bits wide."""
    return comptime(__builtin.target_field["pointer_bits"] == 64)


def is_32bit() -> Bool:
    """Whether pointers and Int are 32 bits wide."""
    return comptime(__builtin.target_field["pointer_bits"] == 32)


def simd_bit_width() -> Int:
    """The width in bits of one SIMD register of the target."""
    return comptime(__builtin.simd_width_of[DType.uint8] * 8)


def simd_byte_width() -> Int:
    """The width in bytes of one SIMD register of the target."""
    return comptime(__builtin.simd_width_of[DType.uint8])


def num_logical_cores() -> Int:
    """Hardware threads available to the program (at run time)."""
    # sysconf(_SC_NPROCESSORS_ONLN) on Linux.
    return Int(raw=__builtin.external_call["sysconf", __builtin.simd[DType.index, 1]](Int(84)._value))


def num_physical_cores() -> Int:
    """Physical cores; Ignis reports the hardware threads (no SMT query)."""
    return num_logical_cores()


def num_performance_cores() -> Int:
    """Performance cores; all physical cores on the targets Ignis supports."""
    return num_physical_cores()


def bit_width_of[T: AnyType]() -> Int:
    """The size of T in bits."""
    return 8 * comptime(__builtin.size_of[T])


def bit_width_of[dtype: DType]() -> Int:
    """The width of one dtype element in bits (`bit_width_of[DType.int]()`
    is 64)."""
    return dtype.bit_width()


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


def _is_sm_9x_or_newer() -> Bool:
    """Whether the code is being compiled for an NVIDIA GPU of compute
    capability 9.0 or newer (Hopper, Blackwell)."""
    comptime arch = __builtin.target_field["gpu_arch"]
    return comptime(
        __builtin.target_field["accelerator"] == "nvidia"
        and (
            arch == "sm_90" or arch == "sm_90a" or arch == "sm_100"
            or arch == "sm_100a" or arch == "sm_101" or arch == "sm_103"
            or arch == "sm_110" or arch == "sm_120" or arch == "sm_120a"
            or arch == "sm_121"
        )
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


def _current_target() -> GpuTarget:
    """The target being compiled for, as simd_width_of's default: a
    vector_bytes of 0 stands for the CPU (its SIMD register width)."""
    return GpuTarget(vector_bytes=0)


def simd_width_of[dt: DType, target: GpuTarget = _current_target()]() -> Int:
    """How many dt lanes fill one SIMD register of the target (AVX2: 256
    bits), or one vector load of a GPU target (`get_gpu_target()`: 4 for
    float32). One function, as in Mojo, so `simd_width_of[dt, target]`
    names it as a compile-time value."""
    comptime if target.vector_bytes == 0:
        return comptime(__builtin.simd_width_of[dt])
    else:
        return max(1, target.vector_bytes // size_of[Scalar[dt]]())
