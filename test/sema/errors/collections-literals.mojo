# RUN: not %ignis build --emit=sema %s 2>&1 | FileCheck %s

def main():
    var a = []
    var b = {}
    var c = [1, "two"]
    var d = {1: "a", "b": "c"}

# CHECK: collections-literals.mojo:4:13: error: cannot infer the element type of an empty list literal; write 'List[T]()' instead
# CHECK: collections-literals.mojo:5:13: error: cannot infer the element type of an empty dict literal; write 'Dict[K, V]()' instead
# CHECK: collections-literals.mojo:6:17: error: list literal elements have no common type: 'Int' and 'String'
# CHECK: collections-literals.mojo:7:22: error: dict key literal elements have no common type: 'Int' and 'String'
