# VariadicList[T]: what a homogeneous `*args: T` parameter holds inside the
# function (the values stay in the caller's frame for the call).


@register_passable("trivial")
struct VariadicList[T: AnyType](Sized, ImplicitlyCopyable):
    var _data: __builtin.pointer[T]
    var _len: Int

    def __len__(self) -> Int:
        return self._len

    def __getitem__(self, index: Int) -> T:
        return __builtin.load(__builtin.offset(self._data, index))

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
        var value = self.list[self.index]
        self.index += 1
        return value
