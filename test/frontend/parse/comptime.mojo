# RUN: %ignis build -w --emit=ast %s | FileCheck %s --match-full-lines --strict-whitespace
# Compile-time forms and their legacy spellings.

comptime WIDTH = 16 * 1024
comptime WARP: Int = _resolve()
comptime MutPtr[T: AnyType, *, space: Int = 0] = Ptr[mut=True, T, space]
alias OldStyle = 3

def main():
    comptime if is_gpu():
        pass
    elif WIDTH > 4:
        pass
    else:
        pass
    comptime for i in range(4):
        print(i)
    comptime assert WIDTH > 0, t"bad width {WIDTH}"
    __comptime_assert WARP == 32, "legacy"
    @parameter
    for j in range(2):
        pass
    @parameter
    if True:
        pass
    @parameter
    def inner(i: Int):
        pass
    var x = A if comptime(WIDTH > 1) else B
    var comptime = 1

# CHECK:ModuleDecl 'comptime.mojo'
# CHECK-NEXT:  ComptimeDecl 'WIDTH' <4:1>
# CHECK-NEXT:    value: BinaryExpr '*' <4:18>
# CHECK-NEXT:      IntLiteralExpr 16 <4:18>
# CHECK-NEXT:      IntLiteralExpr 1024 <4:23>
# CHECK-NEXT:  ComptimeDecl 'WARP' <5:1>
# CHECK-NEXT:    type: NameExpr 'Int' <5:16>
# CHECK-NEXT:    value: CallExpr <5:22>
# CHECK-NEXT:      callee: NameExpr '_resolve' <5:22>
# CHECK-NEXT:  ComptimeDecl 'MutPtr' <6:1>
# CHECK-NEXT:    Params keyword_only_from=1
# CHECK-NEXT:      Param 'T' <6:17>
# CHECK-NEXT:        type: NameExpr 'AnyType' <6:20>
# CHECK-NEXT:      Param 'space' <6:32>
# CHECK-NEXT:        type: NameExpr 'Int' <6:39>
# CHECK-NEXT:        default: IntLiteralExpr 0 <6:45>
# CHECK-NEXT:    value: SubscriptExpr <6:50>
# CHECK-NEXT:      base: NameExpr 'Ptr' <6:50>
# CHECK-NEXT:      kw 'mut': BoolLiteralExpr True <6:58>
# CHECK-NEXT:      NameExpr 'T' <6:64>
# CHECK-NEXT:      NameExpr 'space' <6:67>
# CHECK-NEXT:  ComptimeDecl 'OldStyle' alias <7:1>
# CHECK-NEXT:    value: IntLiteralExpr 3 <7:18>
# CHECK-NEXT:  FuncDecl 'main' <9:1>
# CHECK-NEXT:    Args
# CHECK-NEXT:    Body
# CHECK-NEXT:      IfStmt comptime <10:5>
# CHECK-NEXT:        cond: CallExpr <10:17>
# CHECK-NEXT:          callee: NameExpr 'is_gpu' <10:17>
# CHECK-NEXT:        Then
# CHECK-NEXT:          PassStmt <11:9>
# CHECK-NEXT:        Else
# CHECK-NEXT:          IfStmt elif comptime <12:5>
# CHECK-NEXT:            cond: CompareExpr '>' <12:10>
# CHECK-NEXT:              NameExpr 'WIDTH' <12:10>
# CHECK-NEXT:              IntLiteralExpr 4 <12:18>
# CHECK-NEXT:            Then
# CHECK-NEXT:              PassStmt <13:9>
# CHECK-NEXT:            Else
# CHECK-NEXT:              PassStmt <15:9>
# CHECK-NEXT:      ForStmt comptime <16:5>
# CHECK-NEXT:        target: NameExpr 'i' <16:18>
# CHECK-NEXT:        iter: CallExpr <16:23>
# CHECK-NEXT:          callee: NameExpr 'range' <16:23>
# CHECK-NEXT:          IntLiteralExpr 4 <16:29>
# CHECK-NEXT:        Body
# CHECK-NEXT:          ExprStmt <17:9>
# CHECK-NEXT:            CallExpr <17:9>
# CHECK-NEXT:              callee: NameExpr 'print' <17:9>
# CHECK-NEXT:              NameExpr 'i' <17:15>
# CHECK-NEXT:      AssertStmt comptime <18:5>
# CHECK-NEXT:        cond: CompareExpr '>' <18:21>
# CHECK-NEXT:          NameExpr 'WIDTH' <18:21>
# CHECK-NEXT:          IntLiteralExpr 0 <18:29>
# CHECK-NEXT:        message: TStringExpr <18:32>
# CHECK-NEXT:          text "bad width "
# CHECK-NEXT:          field: NameExpr 'WIDTH' <18:45>
# CHECK-NEXT:      AssertStmt __comptime_assert <19:5>
# CHECK-NEXT:        cond: CompareExpr '==' <19:23>
# CHECK-NEXT:          NameExpr 'WARP' <19:23>
# CHECK-NEXT:          IntLiteralExpr 32 <19:31>
# CHECK-NEXT:        message: StringLiteralExpr "legacy" <19:35>
# CHECK-NEXT:      ForStmt @parameter <20:5>
# CHECK-NEXT:        target: NameExpr 'j' <21:9>
# CHECK-NEXT:        iter: CallExpr <21:14>
# CHECK-NEXT:          callee: NameExpr 'range' <21:14>
# CHECK-NEXT:          IntLiteralExpr 2 <21:20>
# CHECK-NEXT:        Body
# CHECK-NEXT:          PassStmt <22:9>
# CHECK-NEXT:      IfStmt @parameter <23:5>
# CHECK-NEXT:        cond: BoolLiteralExpr True <24:8>
# CHECK-NEXT:        Then
# CHECK-NEXT:          PassStmt <25:9>
# CHECK-NEXT:      FuncDecl 'inner' <26:5>
# CHECK-NEXT:        decorator: NameExpr 'parameter' <26:6>
# CHECK-NEXT:        Args
# CHECK-NEXT:          Param 'i' <27:15>
# CHECK-NEXT:            type: NameExpr 'Int' <27:18>
# CHECK-NEXT:        Body
# CHECK-NEXT:          PassStmt <28:9>
# CHECK-NEXT:      VarDecl var <29:5>
# CHECK-NEXT:        target: NameExpr 'x' <29:9>
# CHECK-NEXT:        init: ConditionalExpr <29:13>
# CHECK-NEXT:          then: NameExpr 'A' <29:13>
# CHECK-NEXT:          cond: ComptimeExpr <29:18>
# CHECK-NEXT:            CompareExpr '>' <29:27>
# CHECK-NEXT:              NameExpr 'WIDTH' <29:27>
# CHECK-NEXT:              IntLiteralExpr 1 <29:35>
# CHECK-NEXT:          else: NameExpr 'B' <29:43>
# CHECK-NEXT:      VarDecl var <30:5>
# CHECK-NEXT:        target: NameExpr 'comptime' <30:9>
# CHECK-NEXT:        init: IntLiteralExpr 1 <30:20>
