# RUN: %ignis build -w --emit=ast %s | FileCheck %s --match-full-lines --strict-whitespace
# Compile-time forms and their legacy spellings.

comptime WIDTH = 16 * 1024
comptime WARP: Int = _resolve()
comptime MutPtr[T: AnyType, *, space: Int = 0] = Ptr[mut=True, T, space]
alias OldStyle = 3

struct Holder[T: AnyType]:
    @deprecated("use Other")
    comptime Old = Self.T
    comptime Iter: Iterator where conforms_to(Self.T, Movable) = _Iter[Self.T]

def assign_through_ref(mut h: Holder):
    h.get() = 3

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
# CHECK-NEXT:  StructDecl 'Holder' <9:1>
# CHECK-NEXT:    Params
# CHECK-NEXT:      Param 'T' <9:15>
# CHECK-NEXT:        type: NameExpr 'AnyType' <9:18>
# CHECK-NEXT:    Body
# CHECK-NEXT:      ComptimeDecl 'Old' <10:5>
# CHECK-NEXT:        decorator: CallExpr <10:6>
# CHECK-NEXT:          callee: NameExpr 'deprecated' <10:6>
# CHECK-NEXT:          StringLiteralExpr "use Other" <10:17>
# CHECK-NEXT:        value: MemberExpr 'T' <11:20>
# CHECK-NEXT:          NameExpr 'Self' <11:20>
# CHECK-NEXT:      ComptimeDecl 'Iter' <12:5>
# CHECK-NEXT:        type: NameExpr 'Iterator' <12:20>
# CHECK-NEXT:        where: CallExpr <12:35>
# CHECK-NEXT:          callee: NameExpr 'conforms_to' <12:35>
# CHECK-NEXT:          MemberExpr 'T' <12:47>
# CHECK-NEXT:            NameExpr 'Self' <12:47>
# CHECK-NEXT:          NameExpr 'Movable' <12:55>
# CHECK-NEXT:        value: SubscriptExpr <12:66>
# CHECK-NEXT:          base: NameExpr '_Iter' <12:66>
# CHECK-NEXT:          MemberExpr 'T' <12:72>
# CHECK-NEXT:            NameExpr 'Self' <12:72>
# CHECK-NEXT:  FuncDecl 'assign_through_ref' <14:1>
# CHECK-NEXT:    Args
# CHECK-NEXT:      Param 'h' mut <14:24>
# CHECK-NEXT:        type: NameExpr 'Holder' <14:31>
# CHECK-NEXT:    Body
# CHECK-NEXT:      AssignStmt <15:5>
# CHECK-NEXT:        target: CallExpr <15:5>
# CHECK-NEXT:          callee: MemberExpr 'get' <15:5>
# CHECK-NEXT:            NameExpr 'h' <15:5>
# CHECK-NEXT:        value: IntLiteralExpr 3 <15:15>
# CHECK-NEXT:  FuncDecl 'main' <17:1>
# CHECK-NEXT:    Args
# CHECK-NEXT:    Body
# CHECK-NEXT:      IfStmt comptime <18:5>
# CHECK-NEXT:        cond: CallExpr <18:17>
# CHECK-NEXT:          callee: NameExpr 'is_gpu' <18:17>
# CHECK-NEXT:        Then
# CHECK-NEXT:          PassStmt <19:9>
# CHECK-NEXT:        Else
# CHECK-NEXT:          IfStmt elif comptime <20:5>
# CHECK-NEXT:            cond: CompareExpr '>' <20:10>
# CHECK-NEXT:              NameExpr 'WIDTH' <20:10>
# CHECK-NEXT:              IntLiteralExpr 4 <20:18>
# CHECK-NEXT:            Then
# CHECK-NEXT:              PassStmt <21:9>
# CHECK-NEXT:            Else
# CHECK-NEXT:              PassStmt <23:9>
# CHECK-NEXT:      ForStmt comptime <24:5>
# CHECK-NEXT:        target: NameExpr 'i' <24:18>
# CHECK-NEXT:        iter: CallExpr <24:23>
# CHECK-NEXT:          callee: NameExpr 'range' <24:23>
# CHECK-NEXT:          IntLiteralExpr 4 <24:29>
# CHECK-NEXT:        Body
# CHECK-NEXT:          ExprStmt <25:9>
# CHECK-NEXT:            CallExpr <25:9>
# CHECK-NEXT:              callee: NameExpr 'print' <25:9>
# CHECK-NEXT:              NameExpr 'i' <25:15>
# CHECK-NEXT:      AssertStmt comptime <26:5>
# CHECK-NEXT:        cond: CompareExpr '>' <26:21>
# CHECK-NEXT:          NameExpr 'WIDTH' <26:21>
# CHECK-NEXT:          IntLiteralExpr 0 <26:29>
# CHECK-NEXT:        message: TStringExpr <26:32>
# CHECK-NEXT:          text "bad width "
# CHECK-NEXT:          field: NameExpr 'WIDTH' <26:45>
# CHECK-NEXT:      AssertStmt __comptime_assert <27:5>
# CHECK-NEXT:        cond: CompareExpr '==' <27:23>
# CHECK-NEXT:          NameExpr 'WARP' <27:23>
# CHECK-NEXT:          IntLiteralExpr 32 <27:31>
# CHECK-NEXT:        message: StringLiteralExpr "legacy" <27:35>
# CHECK-NEXT:      ForStmt @parameter <28:5>
# CHECK-NEXT:        target: NameExpr 'j' <29:9>
# CHECK-NEXT:        iter: CallExpr <29:14>
# CHECK-NEXT:          callee: NameExpr 'range' <29:14>
# CHECK-NEXT:          IntLiteralExpr 2 <29:20>
# CHECK-NEXT:        Body
# CHECK-NEXT:          PassStmt <30:9>
# CHECK-NEXT:      IfStmt @parameter <31:5>
# CHECK-NEXT:        cond: BoolLiteralExpr True <32:8>
# CHECK-NEXT:        Then
# CHECK-NEXT:          PassStmt <33:9>
# CHECK-NEXT:      FuncDecl 'inner' <34:5>
# CHECK-NEXT:        decorator: NameExpr 'parameter' <34:6>
# CHECK-NEXT:        Args
# CHECK-NEXT:          Param 'i' <35:15>
# CHECK-NEXT:            type: NameExpr 'Int' <35:18>
# CHECK-NEXT:        Body
# CHECK-NEXT:          PassStmt <36:9>
# CHECK-NEXT:      VarDecl var <37:5>
# CHECK-NEXT:        target: NameExpr 'x' <37:9>
# CHECK-NEXT:        init: ConditionalExpr <37:13>
# CHECK-NEXT:          then: NameExpr 'A' <37:13>
# CHECK-NEXT:          cond: ComptimeExpr <37:18>
# CHECK-NEXT:            CompareExpr '>' <37:27>
# CHECK-NEXT:              NameExpr 'WIDTH' <37:27>
# CHECK-NEXT:              IntLiteralExpr 1 <37:35>
# CHECK-NEXT:          else: NameExpr 'B' <37:43>
# CHECK-NEXT:      VarDecl var <38:5>
# CHECK-NEXT:        target: NameExpr 'comptime' <38:9>
# CHECK-NEXT:        init: IntLiteralExpr 1 <38:20>
