# RUN: %ignis run %s | FileCheck %s --match-full-lines
# A nested function generic over a closure (`[G: def(String) -> None]`)
# calls the capturing closure its caller passes, with that closure's
# environment.

def main():
    var seen = List[String]()
    var prefix = "hi"

    def each[G: def(String) -> None](names: List[String], visit: G):
        for n in names:
            visit(n)

    def remember(name: String) {read prefix, mut seen}:
        seen.append(prefix + " " + name)

    var names: List[String] = ["ann", "bo"]
    each(names, remember)
    prefix = "bye"
    each(names, remember)
    for s in seen:
        print(s)

# CHECK: hi ann
# CHECK-NEXT: hi bo
# CHECK-NEXT: bye ann
# CHECK-NEXT: bye bo
