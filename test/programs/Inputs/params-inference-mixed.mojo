# The static method's two arguments bind the struct's parameter to
# different types.
struct Box[T: Writable & Copyable & ImplicitlyDeletable]:
    var value: Self.T

    def __init__(out self, value: Self.T):
        self.value = value.copy()

struct Both[T: Writable & Copyable & ImplicitlyDeletable]:
    @staticmethod
    def show(a: Box[Self.T], b: Box[Self.T]):
        print(String(a.value), String(b.value))

def main():
    Both.show(Box("mixed"), Box(0))
    Both.nothing(Box(1))
