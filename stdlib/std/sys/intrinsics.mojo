# std.sys.intrinsics: prefetch, a hint to bring memory into the cache before
# it is read or written (LLVM's llvm.prefetch; the options are Mojo's), and
# _type_is_eq, whether two types are the same.


@register_passable("trivial")
struct PrefetchLocality(ImplicitlyCopyable):
    """How long the prefetched data should stay cached: NONE (0, streaming)
    to HIGH (3, keep in every level)."""
    var value: Int32
    comptime NONE = PrefetchLocality(0)
    comptime LOW = PrefetchLocality(1)
    comptime MEDIUM = PrefetchLocality(2)
    comptime HIGH = PrefetchLocality(3)

    def __init__(out self, value: Int):
        self.value = Int32(value)


@register_passable("trivial")
struct PrefetchRW(ImplicitlyCopyable):
    """Whether the data will be read (READ, 0) or written (WRITE, 1)."""
    var value: Int32
    comptime READ = PrefetchRW(0)
    comptime WRITE = PrefetchRW(1)

    def __init__(out self, value: Int):
        self.value = Int32(value)

    def __eq__(self, other: Self) -> Bool:
        return self.value == other.value


@register_passable("trivial")
struct PrefetchCache(ImplicitlyCopyable):
    """Which cache: INSTRUCTION (0) or DATA (1)."""
    var value: Int32
    comptime INSTRUCTION = PrefetchCache(0)
    comptime DATA = PrefetchCache(1)

    def __init__(out self, value: Int):
        self.value = Int32(value)


@register_passable("trivial")
struct PrefetchOptions(ImplicitlyCopyable, Defaultable):
    """The options of one prefetch: read, high locality, data cache by
    default; the builder methods return a changed copy
    (`PrefetchOptions().for_write().low_locality()`)."""
    var rw: PrefetchRW
    var locality: PrefetchLocality
    var cache: PrefetchCache

    def __init__(out self):
        self.rw = PrefetchRW.READ
        self.locality = PrefetchLocality.HIGH
        self.cache = PrefetchCache.DATA

    def for_read(self) -> Self:
        var updated = self
        updated.rw = PrefetchRW.READ
        return updated

    def for_write(self) -> Self:
        var updated = self
        updated.rw = PrefetchRW.WRITE
        return updated

    def no_locality(self) -> Self:
        var updated = self
        updated.locality = PrefetchLocality.NONE
        return updated

    def low_locality(self) -> Self:
        var updated = self
        updated.locality = PrefetchLocality.LOW
        return updated

    def medium_locality(self) -> Self:
        var updated = self
        updated.locality = PrefetchLocality.MEDIUM
        return updated

    def high_locality(self) -> Self:
        var updated = self
        updated.locality = PrefetchLocality.HIGH
        return updated

    def to_data_cache(self) -> Self:
        var updated = self
        updated.cache = PrefetchCache.DATA
        return updated

    def to_instruction_cache(self) -> Self:
        var updated = self
        updated.cache = PrefetchCache.INSTRUCTION
        return updated


def prefetch[dtype: DType, //, params: PrefetchOptions = PrefetchOptions()](addr: UnsafePointer[Scalar[dtype]]):
    """Hints that the memory at addr will soon be used as params say; it
    never faults and changes no value (x86: prefetcht0/t1/t2/nta, or
    prefetchw for a write)."""
    comptime rw = Int(params.rw.value)
    comptime locality = Int(params.locality.value)
    comptime cache = Int(params.cache.value)
    __builtin.llvm_intrinsic["llvm.prefetch.p0", NoneType, rw, locality, cache](addr._ptr)


def _type_is_eq[t1: AnyType, t2: AnyType]() -> Bool:
    """Whether t1 and t2 are the same type (`_type_is_eq[Int, Scalar[DType.int]]()`
    is True: Int is Scalar[DType.int])."""
    comptime same = t1 == t2
    return same
