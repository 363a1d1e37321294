# RUN: %ignis run %s | FileCheck %s --match-full-lines
# A homogeneous variadic of a type with a destructor (`*parts: String`):
# iterating gives copies and `parts[i]` the caller's value, so nothing is
# freed twice, also when the function is called in a loop with variables.


def join_all(var first: String, *parts: String) -> String:
    var result = first^
    for part in parts:
        result += "/"
        result += part
    return result^


def last(*parts: String) -> String:
    var kept = String()
    for part in parts:
        kept = part
    return kept + "(" + parts[0] + ")"


def main():
    var base = String("root")
    var names: List[String] = ["a", "b"]
    for name in names:
        print(join_all(base, name, "x"), last(name, base))
    # CHECK: root/a/x root(a)
    # CHECK-NEXT: root/b/x root(b)
    print(base, names[0])
    # CHECK-NEXT: root a
