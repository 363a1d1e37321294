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

    def __iter__(self) -> _VariadicListIter[T]:
        return _VariadicListIter[T](self, 0)


@fieldwise_init
@register_passable("trivial")
struct _VariadicListIter[T: AnyType](ImplicitlyCopyable):
    var list: VariadicList[T]
    var index: Int

    def __has_next__(self) -> Bool:
        return self.index < len(self.list)

    def __next__(mut self) -> T:
        """A copy of the next argument (the loop variable owns it, and the
        caller still owns the argument)."""
        var value = _copy_value(self.list[self.index])
        self.index += 1
        return value^
