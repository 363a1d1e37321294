# RUN: %ignis run %s | FileCheck %s --match-full-lines
# Traits: required methods, default methods (used and overridden),
# refinement (`trait Loud(Named)` gives Loud's conformers Named's default),
# generic functions bounded by a trait, and `Some[Trait]` arguments (here on
# methods).

trait Named:
    def name(self) -> String:
        ...

    def greet(self) -> String:
        return "hello " + self.name()


trait Loud(Named):
    def shout(self) -> String:
        ...


@fieldwise_init
struct Dog(Loud):
    var n: Int

    def name(self) -> String:
        return "dog" + String(self.n)

    def shout(self) -> String:
        return "WOOF"


@fieldwise_init
struct Cat(Named):
    def name(self) -> String:
        return "cat"

    def greet(self) -> String:
        return "purr " + self.name()


def intro[T: Named](x: T) -> String:
    return x.greet()


def loud[T: Loud](x: T) -> String:
    return x.greet() + " " + x.shout()


struct Greeter:
    var prefix: String

    def __init__(out self, prefix: String):
        self.prefix = prefix

    def greet(self, who: Some[Named]) -> String:
        return self.prefix + who.greet()

    @staticmethod
    def both(a: Some[Named], b: Some[Named]) -> String:
        return a.name() + "&" + b.name()

    @staticmethod
    def show(x: Some[Writable]):
        print("[", x, "]", sep="")


def main():
    print(intro(Dog(1)), "|", intro(Cat()), "|", loud(Dog(2)))
    # CHECK: hello dog1 | purr cat | hello dog2 WOOF
    var g = Greeter("> ")
    print(g.greet(Cat()))
    # CHECK-NEXT: > purr cat
    print(g.greet(Dog(7)))
    # CHECK-NEXT: > hello dog7
    print(Greeter.both(Cat(), Dog(1)))
    # CHECK-NEXT: cat&dog1
    Greeter.show(42)
    Greeter.show("str")
    Greeter.show(2.5)
    # CHECK-NEXT: [42]
    # CHECK-NEXT: [str]
    # CHECK-NEXT: [2.5]
