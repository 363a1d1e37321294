# RUN: %ignis build --emit=ast %s | FileCheck %s --match-full-lines --strict-whitespace
# Every statement form of LANGUAGE.md section 1.

def main() raises:
    var x: Int = 1
    var y: Int
    var a, b = pair()
    ref r = items[0]
    total = 0
    count: Int = 3
    a, b = b, a
    x = y = 0
    x += 1; y <<= 2
    if x > 0:
        pass
    elif x < 0:
        x = -x
    else:
        x = 1
    while x: x -= 1
    else:
        pass
    for i in range(3):
        continue
    else:
        break
    for ref item in items:
        pass
    for var k, v in d.items():
        pass
    try:
        risky()
    except e:
        print(e)
    except Error as err:
        pass
    else:
        pass
    finally:
        cleanup()
    with ctx.map_to_host() as host, lock:
        pass
    assert x == 1, "x must be one"
    raise Error("bad") from cause
    return

# CHECK:ModuleDecl 'statements.mojo'
# CHECK-NEXT:  FuncDecl 'main' raises <4:1>
# CHECK-NEXT:    Args
# CHECK-NEXT:    Body
# CHECK-NEXT:      VarDecl var <5:5>
# CHECK-NEXT:        target: NameExpr 'x' <5:9>
# CHECK-NEXT:        type: NameExpr 'Int' <5:12>
# CHECK-NEXT:        init: IntLiteralExpr 1 <5:18>
# CHECK-NEXT:      VarDecl var <6:5>
# CHECK-NEXT:        target: NameExpr 'y' <6:9>
# CHECK-NEXT:        type: NameExpr 'Int' <6:12>
# CHECK-NEXT:      VarDecl var <7:5>
# CHECK-NEXT:        target: TupleExpr <7:9>
# CHECK-NEXT:          NameExpr 'a' <7:9>
# CHECK-NEXT:          NameExpr 'b' <7:12>
# CHECK-NEXT:        init: CallExpr <7:16>
# CHECK-NEXT:          callee: NameExpr 'pair' <7:16>
# CHECK-NEXT:      VarDecl ref <8:5>
# CHECK-NEXT:        target: NameExpr 'r' <8:9>
# CHECK-NEXT:        init: SubscriptExpr <8:13>
# CHECK-NEXT:          base: NameExpr 'items' <8:13>
# CHECK-NEXT:          IntLiteralExpr 0 <8:19>
# CHECK-NEXT:      AssignStmt <9:5>
# CHECK-NEXT:        target: NameExpr 'total' <9:5>
# CHECK-NEXT:        value: IntLiteralExpr 0 <9:13>
# CHECK-NEXT:      VarDecl annotated <10:5>
# CHECK-NEXT:        target: NameExpr 'count' <10:5>
# CHECK-NEXT:        type: NameExpr 'Int' <10:12>
# CHECK-NEXT:        init: IntLiteralExpr 3 <10:18>
# CHECK-NEXT:      AssignStmt <11:5>
# CHECK-NEXT:        target: TupleExpr <11:5>
# CHECK-NEXT:          NameExpr 'a' <11:5>
# CHECK-NEXT:          NameExpr 'b' <11:8>
# CHECK-NEXT:        value: TupleExpr <11:12>
# CHECK-NEXT:          NameExpr 'b' <11:12>
# CHECK-NEXT:          NameExpr 'a' <11:15>
# CHECK-NEXT:      AssignStmt <12:5>
# CHECK-NEXT:        target: NameExpr 'x' <12:5>
# CHECK-NEXT:        target: NameExpr 'y' <12:9>
# CHECK-NEXT:        value: IntLiteralExpr 0 <12:13>
# CHECK-NEXT:      AugAssignStmt '+=' <13:5>
# CHECK-NEXT:        target: NameExpr 'x' <13:5>
# CHECK-NEXT:        value: IntLiteralExpr 1 <13:10>
# CHECK-NEXT:      AugAssignStmt '<<=' <13:13>
# CHECK-NEXT:        target: NameExpr 'y' <13:13>
# CHECK-NEXT:        value: IntLiteralExpr 2 <13:19>
# CHECK-NEXT:      IfStmt <14:5>
# CHECK-NEXT:        cond: CompareExpr '>' <14:8>
# CHECK-NEXT:          NameExpr 'x' <14:8>
# CHECK-NEXT:          IntLiteralExpr 0 <14:12>
# CHECK-NEXT:        Then
# CHECK-NEXT:          PassStmt <15:9>
# CHECK-NEXT:        Else
# CHECK-NEXT:          IfStmt elif <16:5>
# CHECK-NEXT:            cond: CompareExpr '<' <16:10>
# CHECK-NEXT:              NameExpr 'x' <16:10>
# CHECK-NEXT:              IntLiteralExpr 0 <16:14>
# CHECK-NEXT:            Then
# CHECK-NEXT:              AssignStmt <17:9>
# CHECK-NEXT:                target: NameExpr 'x' <17:9>
# CHECK-NEXT:                value: UnaryExpr '-' <17:13>
# CHECK-NEXT:                  NameExpr 'x' <17:14>
# CHECK-NEXT:            Else
# CHECK-NEXT:              AssignStmt <19:9>
# CHECK-NEXT:                target: NameExpr 'x' <19:9>
# CHECK-NEXT:                value: IntLiteralExpr 1 <19:13>
# CHECK-NEXT:      WhileStmt <20:5>
# CHECK-NEXT:        cond: NameExpr 'x' <20:11>
# CHECK-NEXT:        Body
# CHECK-NEXT:          AugAssignStmt '-=' <20:14>
# CHECK-NEXT:            target: NameExpr 'x' <20:14>
# CHECK-NEXT:            value: IntLiteralExpr 1 <20:19>
# CHECK-NEXT:        Else
# CHECK-NEXT:          PassStmt <22:9>
# CHECK-NEXT:      ForStmt <23:5>
# CHECK-NEXT:        target: NameExpr 'i' <23:9>
# CHECK-NEXT:        iter: CallExpr <23:14>
# CHECK-NEXT:          callee: NameExpr 'range' <23:14>
# CHECK-NEXT:          IntLiteralExpr 3 <23:20>
# CHECK-NEXT:        Body
# CHECK-NEXT:          ContinueStmt <24:9>
# CHECK-NEXT:        Else
# CHECK-NEXT:          BreakStmt <26:9>
# CHECK-NEXT:      ForStmt ref <27:5>
# CHECK-NEXT:        target: NameExpr 'item' <27:13>
# CHECK-NEXT:        iter: NameExpr 'items' <27:21>
# CHECK-NEXT:        Body
# CHECK-NEXT:          PassStmt <28:9>
# CHECK-NEXT:      ForStmt var <29:5>
# CHECK-NEXT:        target: TupleExpr <29:13>
# CHECK-NEXT:          NameExpr 'k' <29:13>
# CHECK-NEXT:          NameExpr 'v' <29:16>
# CHECK-NEXT:        iter: CallExpr <29:21>
# CHECK-NEXT:          callee: MemberExpr 'items' <29:21>
# CHECK-NEXT:            NameExpr 'd' <29:21>
# CHECK-NEXT:        Body
# CHECK-NEXT:          PassStmt <30:9>
# CHECK-NEXT:      TryStmt <31:5>
# CHECK-NEXT:        Body
# CHECK-NEXT:          ExprStmt <32:9>
# CHECK-NEXT:            CallExpr <32:9>
# CHECK-NEXT:              callee: NameExpr 'risky' <32:9>
# CHECK-NEXT:        Except 'e' <33:5>
# CHECK-NEXT:          Body
# CHECK-NEXT:            ExprStmt <34:9>
# CHECK-NEXT:              CallExpr <34:9>
# CHECK-NEXT:                callee: NameExpr 'print' <34:9>
# CHECK-NEXT:                NameExpr 'e' <34:15>
# CHECK-NEXT:        Except 'err' <35:5>
# CHECK-NEXT:          type: NameExpr 'Error' <35:12>
# CHECK-NEXT:          Body
# CHECK-NEXT:            PassStmt <36:9>
# CHECK-NEXT:        Else
# CHECK-NEXT:          PassStmt <38:9>
# CHECK-NEXT:        Finally
# CHECK-NEXT:          ExprStmt <40:9>
# CHECK-NEXT:            CallExpr <40:9>
# CHECK-NEXT:              callee: NameExpr 'cleanup' <40:9>
# CHECK-NEXT:      WithStmt <41:5>
# CHECK-NEXT:        item: CallExpr <41:10>
# CHECK-NEXT:          callee: MemberExpr 'map_to_host' <41:10>
# CHECK-NEXT:            NameExpr 'ctx' <41:10>
# CHECK-NEXT:        as: NameExpr 'host' <41:31>
# CHECK-NEXT:        item: NameExpr 'lock' <41:37>
# CHECK-NEXT:        Body
# CHECK-NEXT:          PassStmt <42:9>
# CHECK-NEXT:      AssertStmt <43:5>
# CHECK-NEXT:        cond: CompareExpr '==' <43:12>
# CHECK-NEXT:          NameExpr 'x' <43:12>
# CHECK-NEXT:          IntLiteralExpr 1 <43:17>
# CHECK-NEXT:        message: StringLiteralExpr "x must be one" <43:20>
# CHECK-NEXT:      RaiseStmt <44:5>
# CHECK-NEXT:        CallExpr <44:11>
# CHECK-NEXT:          callee: NameExpr 'Error' <44:11>
# CHECK-NEXT:          StringLiteralExpr "bad" <44:17>
# CHECK-NEXT:        from: NameExpr 'cause' <44:29>
# CHECK-NEXT:      ReturnStmt <45:5>
