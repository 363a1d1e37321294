# Atomic[dtype]: read-modify-write operations that other threads (or GPU
# threads, on global or shared memory) see whole. Every operation is
# sequentially consistent: the `ordering` parameters are accepted and a
# weaker ordering is never needed for correctness.

from std.memory import UnsafePointer


@register_passable("trivial")
struct Ordering(ImplicitlyCopyable, Writable):
    """The memory ordering of an atomic operation."""

    var _value: Int

    def __init__(out self, value: Int):
        self._value = value

    comptime NOT_ATOMIC = Ordering(0)
    comptime UNORDERED = Ordering(1)
    comptime RELAXED = Ordering(2)
    comptime ACQUIRE = Ordering(3)
    comptime RELEASE = Ordering(4)
    comptime ACQUIRE_RELEASE = Ordering(5)
    comptime SEQUENTIAL = Ordering(6)

    def __eq__(self, other: Self) -> Bool:
        return self._value == other._value

    def write_repr_to(self, mut writer: Some[Writer]):
        """What repr() writes: the same as write_to."""
        self.write_to(writer)

    def write_to(self, mut writer: Some[Writer]):
        if self._value == 6:
            writer.write_str("SEQUENTIAL")
        elif self._value == 5:
            writer.write_str("ACQUIRE_RELEASE")
        elif self._value == 4:
            writer.write_str("RELEASE")
        elif self._value == 3:
            writer.write_str("ACQUIRE")
        elif self._value == 2:
            writer.write_str("RELAXED")
        elif self._value == 1:
            writer.write_str("UNORDERED")
        else:
            writer.write_str("NOT_ATOMIC")


comptime Consistency = Ordering


def fence[ordering: Ordering = Ordering.SEQUENTIAL]():
    """A memory fence (atomics are sequentially consistent already)."""
    pass


struct Atomic[dtype: DType, *, scope: StringLiteral = ""]:
    """A scalar updated atomically. The static methods work on any pointer
    to a scalar (a device buffer, shared memory)."""

    var value: Scalar[Self.dtype]

    def __init__(out self, value: Scalar[Self.dtype]):
        self.value = value

    @staticmethod
    @always_inline
    def _addr(ptr: UnsafePointer[Scalar[Self.dtype], ...]) -> __builtin.pointer[__builtin.simd[Self.dtype, 1]]:
        # Atomics take a generic address (the GPU back ends infer the space).
        return __builtin.bitcast[__builtin.simd[Self.dtype, 1]](__builtin.addrspace_cast[0](ptr._ptr))

    @staticmethod
    @always_inline
    def load[*, ordering: Ordering = Ordering.SEQUENTIAL](ptr: UnsafePointer[Scalar[Self.dtype], ...]) -> Scalar[Self.dtype]:
        return Scalar[Self.dtype](raw=__builtin.atomic_load(Self._addr(ptr)))

    @always_inline
    def load[*, ordering: Ordering = Ordering.SEQUENTIAL](self) -> Scalar[Self.dtype]:
        return Self.load(UnsafePointer(to=self.value))

    @staticmethod
    @always_inline
    def store[*, ordering: Ordering = Ordering.SEQUENTIAL](ptr: UnsafePointer[Scalar[Self.dtype], ...], value: Scalar[Self.dtype]):
        __builtin.atomic_store(Self._addr(ptr), value._value)

    @always_inline
    def store[*, ordering: Ordering = Ordering.SEQUENTIAL](mut self, value: Scalar[Self.dtype]):
        Self.store(UnsafePointer(to=self.value), value)

    @staticmethod
    @always_inline
    def fetch_add[*, ordering: Ordering = Ordering.SEQUENTIAL](ptr: UnsafePointer[Scalar[Self.dtype], ...], rhs: Scalar[Self.dtype]) -> Scalar[Self.dtype]:
        """Adds rhs to ptr[]; returns the value before."""
        return Scalar[Self.dtype](raw=__builtin.atomic_rmw["add"](Self._addr(ptr), rhs._value))

    @always_inline
    def fetch_add[*, ordering: Ordering = Ordering.SEQUENTIAL](mut self, rhs: Scalar[Self.dtype]) -> Scalar[Self.dtype]:
        return Self.fetch_add(UnsafePointer(to=self.value), rhs)

    @always_inline
    def __iadd__(mut self, rhs: Scalar[Self.dtype]):
        _ = Self.fetch_add(UnsafePointer(to=self.value), rhs)

    @staticmethod
    @always_inline
    def fetch_sub[*, ordering: Ordering = Ordering.SEQUENTIAL](ptr: UnsafePointer[Scalar[Self.dtype], ...], rhs: Scalar[Self.dtype]) -> Scalar[Self.dtype]:
        """Subtracts rhs from ptr[]; returns the value before."""
        return Scalar[Self.dtype](raw=__builtin.atomic_rmw["sub"](Self._addr(ptr), rhs._value))

    @always_inline
    def fetch_sub[*, ordering: Ordering = Ordering.SEQUENTIAL](mut self, rhs: Scalar[Self.dtype]) -> Scalar[Self.dtype]:
        return Self.fetch_sub(UnsafePointer(to=self.value), rhs)

    @always_inline
    def __isub__(mut self, rhs: Scalar[Self.dtype]):
        _ = Self.fetch_sub(UnsafePointer(to=self.value), rhs)

    @staticmethod
    @always_inline
    def max[*, ordering: Ordering = Ordering.SEQUENTIAL](ptr: UnsafePointer[Scalar[Self.dtype], ...], rhs: Scalar[Self.dtype]):
        """ptr[] = max(ptr[], rhs), atomically."""
        _ = __builtin.atomic_rmw["max"](Self._addr(ptr), rhs._value)

    @always_inline
    def max[*, ordering: Ordering = Ordering.SEQUENTIAL](mut self, rhs: Scalar[Self.dtype]):
        Self.max(UnsafePointer(to=self.value), rhs)

    @staticmethod
    @always_inline
    def min[*, ordering: Ordering = Ordering.SEQUENTIAL](ptr: UnsafePointer[Scalar[Self.dtype], ...], rhs: Scalar[Self.dtype]):
        """ptr[] = min(ptr[], rhs), atomically."""
        _ = __builtin.atomic_rmw["min"](Self._addr(ptr), rhs._value)

    @always_inline
    def min[*, ordering: Ordering = Ordering.SEQUENTIAL](mut self, rhs: Scalar[Self.dtype]):
        Self.min(UnsafePointer(to=self.value), rhs)

    @staticmethod
    @always_inline
    def exchange[*, ordering: Ordering = Ordering.SEQUENTIAL](ptr: UnsafePointer[Scalar[Self.dtype], ...], value: Scalar[Self.dtype]) -> Scalar[Self.dtype]:
        """Stores value; returns the value before."""
        return Scalar[Self.dtype](raw=__builtin.atomic_rmw["xchg"](Self._addr(ptr), value._value))

    @staticmethod
    @always_inline
    def compare_exchange[
        *,
        success_ordering: Ordering = Ordering.SEQUENTIAL,
        failure_ordering: Ordering = Ordering.SEQUENTIAL,
    ](ptr: UnsafePointer[Scalar[Self.dtype], ...], mut expected: Scalar[Self.dtype], desired: Scalar[Self.dtype]) -> Bool:
        """If ptr[] == expected, stores desired and returns True; otherwise
        sets expected to ptr[] and returns False."""
        var old = Scalar[Self.dtype](raw=__builtin.atomic_cmpxchg(Self._addr(ptr), expected._value, desired._value))
        if old == expected:
            return True
        expected = old
        return False

    @always_inline
    def compare_exchange[
        *,
        success_ordering: Ordering = Ordering.SEQUENTIAL,
        failure_ordering: Ordering = Ordering.SEQUENTIAL,
    ](mut self, mut expected: Scalar[Self.dtype], desired: Scalar[Self.dtype]) -> Bool:
        return Self.compare_exchange(UnsafePointer(to=self.value), expected, desired)
