# RUN: not %ignis build --emit=sema %s 2>&1 | FileCheck %s
# Calls to a function with `**kwargs`: positional arguments never go there,
# and every keyword argument must convert to its element type.

def f(a: Int, **kw: Int):
    pass

def main():
    f(1, 2)
    f(1, b="x")
    f(1, a=3)

# CHECK: kwargs.mojo:9:10: error: too many arguments in call to 'f': expected at most 1, got 2
# CHECK: kwargs.mojo:5:5: note: 'f(a: Int, **kw: Int)' is declared here
# CHECK: kwargs.mojo:10:10: error: cannot convert a value of type 'StringLiteral' to 'Int' for argument 'kw' of 'f'
# CHECK: kwargs.mojo:11:10: error: argument 'a' is given twice in call to 'f'
