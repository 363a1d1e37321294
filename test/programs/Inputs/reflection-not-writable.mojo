struct Opaque(Movable):
    var v: Int
    def __init__(out self):
        self.v = 1

struct Holder(Writable, Movable):
    var o: Opaque
    def __init__(out self):
        self.o = Opaque()


def main():
    print(Holder())
