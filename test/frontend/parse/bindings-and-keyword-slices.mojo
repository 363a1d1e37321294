# RUN: %ignis build --emit=ast %s | FileCheck %s --match-full-lines --strict-whitespace
# `var`/`ref` bindings in assignment targets, `var (a, b) = t`, chained
# assignments that start with a declaration, keyword subscripts with slices.

def main():
    (var a, var b) = pair()
    _, var r = pair()
    n, ref m = pair()
    (var p), (ref q) = pair()
    var x = y = z = "Hello"
    ref c = var d = var e = 1
    s[byte=2:n]
    s[byte = : len(s) - 1]
    s[byte=::2, cp=1]
    var (c2, d2) = pair()

# CHECK:ModuleDecl 'bindings-and-keyword-slices.mojo'
# CHECK-NEXT:  FuncDecl 'main' <5:1>
# CHECK-NEXT:    Args
# CHECK-NEXT:    Body
# CHECK-NEXT:      AssignStmt <6:5>
# CHECK-NEXT:        target: TupleExpr parens <6:5>
# CHECK-NEXT:          BindingExpr var 'a' <6:6>
# CHECK-NEXT:          BindingExpr var 'b' <6:13>
# CHECK-NEXT:        value: CallExpr <6:22>
# CHECK-NEXT:          callee: NameExpr 'pair' <6:22>
# CHECK-NEXT:      AssignStmt <7:5>
# CHECK-NEXT:        target: TupleExpr <7:5>
# CHECK-NEXT:          NameExpr '_' <7:5>
# CHECK-NEXT:          BindingExpr var 'r' <7:8>
# CHECK-NEXT:        value: CallExpr <7:16>
# CHECK-NEXT:          callee: NameExpr 'pair' <7:16>
# CHECK-NEXT:      AssignStmt <8:5>
# CHECK-NEXT:        target: TupleExpr <8:5>
# CHECK-NEXT:          NameExpr 'n' <8:5>
# CHECK-NEXT:          BindingExpr ref 'm' <8:8>
# CHECK-NEXT:        value: CallExpr <8:16>
# CHECK-NEXT:          callee: NameExpr 'pair' <8:16>
# CHECK-NEXT:      AssignStmt <9:5>
# CHECK-NEXT:        target: TupleExpr <9:5>
# CHECK-NEXT:          BindingExpr var 'p' <9:6>
# CHECK-NEXT:          BindingExpr ref 'q' <9:15>
# CHECK-NEXT:        value: CallExpr <9:24>
# CHECK-NEXT:          callee: NameExpr 'pair' <9:24>
# CHECK-NEXT:      AssignStmt <10:5>
# CHECK-NEXT:        target: BindingExpr var 'x' <10:5>
# CHECK-NEXT:        target: NameExpr 'y' <10:13>
# CHECK-NEXT:        target: NameExpr 'z' <10:17>
# CHECK-NEXT:        value: StringLiteralExpr "Hello" <10:21>
# CHECK-NEXT:      AssignStmt <11:5>
# CHECK-NEXT:        target: BindingExpr ref 'c' <11:5>
# CHECK-NEXT:        target: BindingExpr var 'd' <11:13>
# CHECK-NEXT:        target: BindingExpr var 'e' <11:21>
# CHECK-NEXT:        value: IntLiteralExpr 1 <11:29>
# CHECK-NEXT:      ExprStmt <12:5>
# CHECK-NEXT:        SubscriptExpr <12:5>
# CHECK-NEXT:          base: NameExpr 's' <12:5>
# CHECK-NEXT:          kw 'byte': SliceExpr <12:12>
# CHECK-NEXT:            lower: IntLiteralExpr 2 <12:12>
# CHECK-NEXT:            upper: NameExpr 'n' <12:14>
# CHECK-NEXT:            step: <none>
# CHECK-NEXT:      ExprStmt <13:5>
# CHECK-NEXT:        SubscriptExpr <13:5>
# CHECK-NEXT:          base: NameExpr 's' <13:5>
# CHECK-NEXT:          kw 'byte': SliceExpr <13:14>
# CHECK-NEXT:            lower: <none>
# CHECK-NEXT:            upper: BinaryExpr '-' <13:16>
# CHECK-NEXT:              CallExpr <13:16>
# CHECK-NEXT:                callee: NameExpr 'len' <13:16>
# CHECK-NEXT:                NameExpr 's' <13:20>
# CHECK-NEXT:              IntLiteralExpr 1 <13:25>
# CHECK-NEXT:            step: <none>
# CHECK-NEXT:      ExprStmt <14:5>
# CHECK-NEXT:        SubscriptExpr <14:5>
# CHECK-NEXT:          base: NameExpr 's' <14:5>
# CHECK-NEXT:          kw 'byte': SliceExpr <14:12>
# CHECK-NEXT:            lower: <none>
# CHECK-NEXT:            upper: <none>
# CHECK-NEXT:            step: IntLiteralExpr 2 <14:14>
# CHECK-NEXT:          kw 'cp': IntLiteralExpr 1 <14:20>
# CHECK-NEXT:      VarDecl var <15:5>
# CHECK-NEXT:        target: TupleExpr parens <15:9>
# CHECK-NEXT:          NameExpr 'c2' <15:10>
# CHECK-NEXT:          NameExpr 'd2' <15:14>
# CHECK-NEXT:        init: CallExpr <15:20>
# CHECK-NEXT:          callee: NameExpr 'pair' <15:20>
