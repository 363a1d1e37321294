# The process-wide generator state: xoshiro256** (Blackman and Vigna, 2018),
# 256 bits, seeded through splitmix64 so that any 64-bit seed gives a good
# starting point.
#
# Ignis has no module-level variables yet, so the four state words live in a
# heap block whose address is kept in libc's process-wide hash table
# (hcreate/hsearch) under a fixed key: one short lookup per call, no system
# call. The block is made on first use and seeded with _DEFAULT_SEED, so a
# program that never calls seed() sees the same numbers on every run.

comptime _DEFAULT_SEED: UInt64 = 0x3D30F19CD101
comptime _entry_ptr = __builtin.pointer[__builtin.simd[DType.index, 1]]


def _splitmix64(mut x: UInt64) -> UInt64:
    x += (UInt64(0x9E3779B9) << 32) | UInt64(0x7F4A7C15)
    var z = x
    z = (z ^ (z >> 30)) * ((UInt64(0xBF58476D) << 32) | UInt64(0x1CE4E5B9))
    z = (z ^ (z >> 27)) * ((UInt64(0x94D049BB) << 32) | UInt64(0x133111EB))
    return z ^ (z >> 31)


def _seed_state(state: UnsafePointer[UInt64], value: UInt64):
    var x = value
    for i in range(4):
        state[i] = _splitmix64(x)


def _global_state() -> UnsafePointer[UInt64]:
    """The four state words (made and default-seeded on first use)."""
    var key: StringLiteral = "ignis.std.random.xoshiro256\0"
    # A second hcreate is a no-op (it fails because the table exists).
    _ = __builtin.external_call["hcreate", Int32](Int(64)._value)
    var found = __builtin.external_call["hsearch", _entry_ptr](
        __builtin.string_data(key), Int(0)._value, Int(0)._value
    )
    if Int(raw=__builtin.ptr_to_int(found)) != 0:
        # found points at the ENTRY; its second word is our block.
        var entry = UnsafePointer[UnsafePointer[UInt64]](
            raw=__builtin.bitcast[UnsafePointer[UInt64]](found)
        )
        return entry[1]
    var state = alloc[UInt64](4)
    _seed_state(state, _DEFAULT_SEED)
    # ENTRY {key, data} is passed by value: two pointer-sized words, the
    # same registers as two separate arguments on x86-64 and AArch64.
    _ = __builtin.external_call["hsearch", _entry_ptr](
        __builtin.string_data(key), __builtin.ptr_to_int(state._ptr), Int(1)._value
    )
    return state


def _rotl(x: UInt64, k: UInt64) -> UInt64:
    return (x << k) | (x >> (64 - k))


def _next_u64(state: UnsafePointer[UInt64]) -> UInt64:
    """One xoshiro256** step."""
    var s0 = state[0]
    var s1 = state[1]
    var s2 = state[2]
    var s3 = state[3]
    var result = _rotl(s1 * 5, 7) * 9
    var t = s1 << 17
    s2 ^= s0
    s3 ^= s1
    s1 ^= s2
    s0 ^= s3
    s2 ^= t
    s3 = _rotl(s3, 45)
    state[0] = s0
    state[1] = s1
    state[2] = s2
    state[3] = s3
    return result


def _next_unit(state: UnsafePointer[UInt64]) -> Float64:
    """Uniform in [0, 1): the top 53 bits over 2**53."""
    return (_next_u64(state) >> 11).cast[DType.float64]() * (1.0 / 9007199254740992.0)


def _below(state: UnsafePointer[UInt64], bound: UInt64) -> UInt64:
    """Uniform in [0, bound) without modulo bias (bound > 0): reject the
    draws from the incomplete last block."""
    var limit = (0 - bound) % bound  # 2**64 mod bound
    while True:
        var r = _next_u64(state)
        if r >= limit:
            return r % bound
