# RUN: %ignis run %s | FileCheck %s --match-full-lines
# conforms_to(T, A & B & C) holds only when T meets every trait of the
# composition (List is Writable but not ImplicitlyCopyable).

def process[T: AnyType](value: T) -> String:
    comptime if conforms_to(T, Writable & ImplicitlyCopyable & ImplicitlyDeletable):
        return String(trait_downcast[Writable & ImplicitlyCopyable & ImplicitlyDeletable](value))
    else:
        return "<not writable>"

def main():
    print(conforms_to(List[Int], Writable & ImplicitlyCopyable))
    # CHECK: False
    print(conforms_to(List[Int], Writable & Copyable), conforms_to(Int, Writable & ImplicitlyCopyable))
    # CHECK: True True
    print(process(42), process([1, 2, 3]))
    # CHECK: 42 <not writable>
