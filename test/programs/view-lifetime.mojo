# RUN: %ignis run %s | FileCheck %s
# A view (a local whose type has an `origin` parameter) keeps the locals it
# was made from alive until its own last use; other values still go right
# after their last use.


struct Buffer(Movable):
    var name: String
    var data: UnsafePointer[Int, MutAnyOrigin]

    def __init__(out self, name: String):
        self.name = name
        self.data = alloc[Int](4)
        for i in range(4):
            self.data[i] = i * 10

    def __del__(deinit self):
        print("free", self.name)
        self.data.free()


@register_passable("trivial")
struct View[origin: Int = 0](ImplicitlyCopyable):
    var ptr: UnsafePointer[Int, MutAnyOrigin]

    def __init__(out self, b: Buffer):
        self.ptr = b.data


def main():
    var a = Buffer("a")
    var b = Buffer("b")
    var v = View(a)
    # `b` is used last here and goes at once; `a` stays while `v` is used.
    print("b holds", b.data[1])
    # CHECK: b holds 10
    # CHECK-NEXT: free b
    print("through the view:", v.ptr[2])
    # CHECK-NEXT: through the view: 20
    # CHECK-NEXT: free a
    print("end")
    # CHECK-NEXT: end
