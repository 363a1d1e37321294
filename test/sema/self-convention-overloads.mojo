# RUN: %ignis run %s | FileCheck %s --match-full-lines
# Methods overloaded on the receiver's convention: a receiver that stays
# where it is calls `ref self`, one transferred with `^` calls `var self`.
# A user struct is TrivialRegisterPassable only when it says so, so a
# `where` on that trait keeps or drops the `var self` overload.

@fieldwise_init
struct Box(Copyable):
    var n: Int

    def how(ref self) -> String:
        return "borrowed"

    def how(var self) -> String where not conforms_to(Self, TrivialRegisterPassable):
        return "owned"


@fieldwise_init
struct Reg(ImplicitlyCopyable, TrivialRegisterPassable):
    var n: Int

    def how(ref self) -> String:
        return "borrowed"

    def how(var self) -> String where not conforms_to(Self, TrivialRegisterPassable):
        return "owned"


# CHECK: borrowed
# CHECK-NEXT: owned
# CHECK-NEXT: borrowed
# CHECK-NEXT: False True True
def main():
    var a = Box(1)
    print(a.how())
    var b = Box(2)
    print((b^).how())
    var r = Reg(3)
    print(r.how())
    comptime user = conforms_to(Box, TrivialRegisterPassable)
    comptime declared = conforms_to(Reg, TrivialRegisterPassable)
    comptime lib = conforms_to(Int, TrivialRegisterPassable)
    print(user, declared, lib)
