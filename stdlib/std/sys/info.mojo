# std.sys.info: facts about the compilation target, as compile-time values.
#
# The target is the host (Ignis compiles for the machine it runs on); CPU
# features are the host's with --target-cpu=native (the default) and none
# with another --target-cpu.


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
    """The size in bits of one scalar of dtype (`bit_width_of[DType.int]()`
    is 64 on 64-bit targets)."""
    return dtype.bit_width()
