# RUN: %ignis run %s | FileCheck %s --match-full-lines
# An empty `[]` or `{}` takes the declared type of the variable it
# initialises or of the function result it returns.


def names() -> List[String]:
    return []


def main():
    var xs: List[Int] = []
    xs.append(3)
    var d: Dict[String, Int] = {}
    d["a"] = 1
    var fs: List[Float32] = []
    print(xs, len(d), len(names()), len(fs))
    # CHECK: [3] 1 0 0
