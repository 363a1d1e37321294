# VariadicList[T]: what a homogeneous `*args: T` parameter holds inside the
# function (the values stay in the caller's frame for the call).

from std.memory.unsafe_pointer import _copy_value


@register_passable("trivial")
struct VariadicList[T: AnyType](Sized, ImplicitlyCopyable):
    var _data: __builtin.pointer[T]
    var _len: Int

    def __len__(self) -> Int:
        return self._len

    def __getitem__(self, index: Int) -> ref [self] T:
        """The argument itself (the caller still owns it)."""
        return __builtin.deref(__builtin.offset(self._data, index))

    def _take(self, index: Int) -> T:
        """The argument's bits as an owned value, for the collection-literal
        constructors (List, InlineArray, Set): Ignis does not destroy a
        temporary passed to a variadic parameter, so `[String("a"), "b"]`
        hands its elements over this way. (A variable passed there is only
        lent, so taking it would free it twice: a compiler issue to fix
        together with the temporaries.)"""
        return __builtin.load(__builtin.offset(self._data, index))

    comptime IteratorType = _VariadicListIter[T]
    def __iter__(self) -> _VariadicListIter[T]:
        return _VariadicListIter[T](self, 0)


@fieldwise_init
@register_passable("trivial")
struct _VariadicListIter[T: AnyType](ImplicitlyCopyable):
    var list: VariadicList[T]
    var index: Int

    def __has_next__(self) -> Bool:
        return self.index < len(self.list)

    comptime Element = T
    def __next__(mut self) -> ref [MutAnyOrigin] T:
        """The next argument itself (the loop variable refers to it; the
        caller still owns it), so arguments that are not Copyable iterate."""
        self.index += 1
        return __builtin.deref(__builtin.offset(self.list._data, self.index - 1))


@register_passable("trivial")
struct TypeList[*values: AnyType](Sized, ImplicitlyCopyable):
    """A compile-time list of types (what `reflect[T].field_types()` gives):
    `types[i]` is the i-th type, `types.size` how many there are."""

    comptime size = len(Self.values)

    comptime __getitem_param__[idx: Int] = Self.values[idx]

    def __init__(out self):
        pass

    def __len__(self) -> Int:
        return Self.size
