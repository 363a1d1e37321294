# RUN: %ignis run %s | FileCheck %s
# RUN: not %ignis build --emit=sema %S/Inputs/lambda-errors.mojo 2>&1 | FileCheck %s --check-prefix=ERR
# RUN: %ignis build --emit=ast %s | FileCheck %s --check-prefix=AST
# `lambda (params) [raises] [-> T]: expr`: an anonymous nested function as a
# value. With a result type the body returns the expression; without, the
# expression is evaluated for its effect (Ignis does not infer a lambda's
# result type yet).


def twice(f: def(Int) -> Int, x: Int) -> Int:
    return f(f(x))


def each(f: def(String) -> None):
    f("a")
    f("b")


def main():
    var k = 10
    # CHECK: 18
    print(twice(lambda (x: Int) -> Int: x * 3, 2))
    # A lambda captures like a nested def.
    # CHECK-NEXT: 21
    print(twice(lambda (x: Int) -> Int: x + k, 1))
    # CHECK-NEXT: got a
    # CHECK-NEXT: got b
    each(lambda (s: String): print("got", s))

# AST: LambdaExpr <22:17>
# AST-NEXT: function: FuncDecl 'lambda@22:17'

# ERR: lambda-errors.mojo:2:20: error: expected '(' with typed parameters after 'lambda', found 'x'
# ERR: lambda-errors.mojo:3:36: error: expected ':' before the lambda's body, found 'x'
