# RUN: %ignis run %s | FileCheck %s --match-full-lines
# `**kwargs: V`: the keyword arguments no other argument takes, gathered in
# an OwnedKwargsDict[V] in the order the call writes them.

def show(**options: Int):
    print("count:", len(options))
    for entry in options.items():
        print(entry.key, "=", entry.value)


def describe(
    first: Int, *more: Int, sep: String = ",", **tags: String
) raises -> String:
    var out = String(first) + sep + String(len(more))
    for name in tags:
        out += " " + name + "=" + tags[name]
    if "color" in tags:
        out += " (colored)"
    return out


def joined[T: Writable](sep: String, **values: T) -> String:
    var out = String()
    for v in values.values():
        out += String(v) + sep
    return out


def main() raises:
    show(b=2, a=1, c=3)
    # CHECK: count: 3
    # CHECK-NEXT: b = 2
    # CHECK-NEXT: a = 1
    # CHECK-NEXT: c = 3
    show()
    # CHECK-NEXT: count: 0
    var shade = String("dark")
    print(describe(1, 2, 3, sep=";", color="red", shade=shade))
    # CHECK-NEXT: 1;2 color=red shade=dark (colored)
    print(describe(7, size="big"))
    # CHECK-NEXT: 7,0 size=big
    print(shade)
    # CHECK-NEXT: dark
    print(joined("|", x=Int8(1), y=Int8(2)))
    # CHECK-NEXT: 1|2|
