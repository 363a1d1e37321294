# RUN: %ignis build --emit=ast %s | FileCheck %s
# Operator precedence follows Python; `^` after an operand is a transfer.

a = 1 + 2 * 3 ** -4
# CHECK:      AssignStmt <4:1>
# CHECK-NEXT:   target: NameExpr 'a' <4:1>
# CHECK-NEXT:   value: BinaryExpr '+' <4:5>
# CHECK-NEXT:     IntLiteralExpr 1 <4:5>
# CHECK-NEXT:     BinaryExpr '*' <4:9>
# CHECK-NEXT:       IntLiteralExpr 2 <4:9>
# CHECK-NEXT:       BinaryExpr '**' <4:13>
# CHECK-NEXT:         IntLiteralExpr 3 <4:13>
# CHECK-NEXT:         UnaryExpr '-' <4:18>
# CHECK-NEXT:           IntLiteralExpr 4 <4:19>

b = -x ** 2 | y & z ^ w << 1
# CHECK:      value: BinaryExpr '|' <16:5>
# CHECK-NEXT:   UnaryExpr '-' <16:5>
# CHECK-NEXT:     BinaryExpr '**' <16:6>
# CHECK-NEXT:       NameExpr 'x' <16:6>
# CHECK-NEXT:       IntLiteralExpr 2 <16:11>
# CHECK-NEXT:   BinaryExpr '^' <16:15>
# CHECK-NEXT:     BinaryExpr '&' <16:15>
# CHECK-NEXT:       NameExpr 'y' <16:15>
# CHECK-NEXT:       NameExpr 'z' <16:19>
# CHECK-NEXT:     BinaryExpr '<<' <16:23>

c = 0 <= i < n and not done or x is not None
# CHECK:      value: BinaryExpr 'or' <28:5>
# CHECK-NEXT:   BinaryExpr 'and' <28:5>
# CHECK-NEXT:     CompareExpr '<=' '<' <28:5>
# CHECK-NEXT:       IntLiteralExpr 0 <28:5>
# CHECK-NEXT:       NameExpr 'i' <28:10>
# CHECK-NEXT:       NameExpr 'n' <28:14>
# CHECK-NEXT:     UnaryExpr 'not' <28:20>
# CHECK-NEXT:       NameExpr 'done' <28:24>
# CHECK-NEXT:   CompareExpr 'is not' <28:32>

d = k not in s if flag else y // 2 % 3
# CHECK:      value: ConditionalExpr <39:5>
# CHECK-NEXT:   then: CompareExpr 'not in' <39:5>
# CHECK:        cond: NameExpr 'flag' <39:19>
# CHECK-NEXT:   else: BinaryExpr '%' <39:29>
# CHECK-NEXT:     BinaryExpr '//' <39:29>

e = f(x^, y ^ z, key=v^)
# CHECK:      value: CallExpr <46:5>
# CHECK-NEXT:   callee: NameExpr 'f' <46:5>
# CHECK-NEXT:   TransferExpr <46:7>
# CHECK-NEXT:     NameExpr 'x' <46:7>
# CHECK-NEXT:   BinaryExpr '^' <46:11>
# CHECK:        kw 'key': TransferExpr <46:22>

g = obj^.method()[0].field
# CHECK:      value: MemberExpr 'field' <54:5>
# CHECK-NEXT:   SubscriptExpr <54:5>
# CHECK-NEXT:     base: CallExpr <54:5>
# CHECK-NEXT:       callee: MemberExpr 'method' <54:5>
# CHECK-NEXT:         TransferExpr <54:5>

h = p[unsafe_offset=i] + s[byte=2] + ptr[] + t[1:n, ::2, *Ts]
# CHECK:      SubscriptExpr <61:5>
# CHECK-NEXT:   base: NameExpr 'p' <61:5>
# CHECK-NEXT:   kw 'unsafe_offset': NameExpr 'i' <61:21>
# CHECK:      SubscriptExpr <61:26>
# CHECK-NEXT:   base: NameExpr 's' <61:26>
# CHECK-NEXT:   kw 'byte': IntLiteralExpr 2 <61:33>
# CHECK-NEXT: SubscriptExpr <61:38>
# CHECK-NEXT:   base: NameExpr 'ptr' <61:38>
# CHECK-NEXT: SubscriptExpr <61:46>
# CHECK-NEXT:   base: NameExpr 't' <61:46>
# CHECK-NEXT:   SliceExpr <61:48>
# CHECK-NEXT:     lower: IntLiteralExpr 1 <61:48>
# CHECK-NEXT:     upper: NameExpr 'n' <61:50>
# CHECK-NEXT:     step: <none>
# CHECK-NEXT:   SliceExpr <61:53>
# CHECK-NEXT:     lower: <none>
# CHECK-NEXT:     upper: <none>
# CHECK-NEXT:     step: IntLiteralExpr 2 <61:55>
# CHECK-NEXT:   *: NameExpr 'Ts' <61:59>

m = UnsafePointer[mut=True, T, _, ...](to=x)
# CHECK:      value: CallExpr <82:5>
# CHECK-NEXT:   callee: SubscriptExpr <82:5>
# CHECK-NEXT:     base: NameExpr 'UnsafePointer' <82:5>
# CHECK-NEXT:     kw 'mut': BoolLiteralExpr True <82:23>
# CHECK-NEXT:     NameExpr 'T' <82:29>
# CHECK-NEXT:     NameExpr '_' <82:32>
# CHECK-NEXT:     EllipsisExpr <82:35>
# CHECK-NEXT:   kw 'to': NameExpr 'x' <82:43>

n = __mlir_op.`pop.cast`[_type = __mlir_type.`!pop.scalar<f32>`](v)
# CHECK:      callee: SubscriptExpr <92:5>
# CHECK-NEXT:   base: MemberExpr 'pop.cast' backtick <92:5>
# CHECK-NEXT:     NameExpr '__mlir_op' <92:5>
# CHECK-NEXT:   kw '_type': MemberExpr '!pop.scalar<f32>' backtick <92:34>

o = (1,) + () + (x) + [1, 2,] + {1: "a", 2: "b"} + {x, y} + {}
# CHECK:      TupleExpr parens <98:5>
# CHECK-NEXT:   IntLiteralExpr 1 <98:6>
# CHECK-NEXT: TupleExpr parens <98:12>
# CHECK-NEXT: NameExpr 'x' <98:18>
# CHECK-NEXT: ListExpr <98:23>
# CHECK-NEXT:   IntLiteralExpr 1 <98:24>
# CHECK-NEXT:   IntLiteralExpr 2 <98:27>
# CHECK-NEXT: DictExpr <98:33>
# CHECK-NEXT:   key: IntLiteralExpr 1 <98:34>
# CHECK-NEXT:   value: StringLiteralExpr "a" <98:37>
# CHECK-NEXT:   key: IntLiteralExpr 2 <98:42>
# CHECK-NEXT:   value: StringLiteralExpr "b" <98:45>
# CHECK-NEXT: SetExpr <98:52>
# CHECK-NEXT:   NameExpr 'x' <98:53>
# CHECK-NEXT:   NameExpr 'y' <98:56>
# CHECK-NEXT: DictExpr <98:61>

p = [i * i for i in range(10) if i % 2] + {k: v for k, v in items}
# CHECK:      ComprehensionExpr list <116:5>
# CHECK-NEXT:   element: BinaryExpr '*' <116:6>
# CHECK:        for: NameExpr 'i' <116:16>
# CHECK-NEXT:   in: CallExpr <116:21>
# CHECK:        if: BinaryExpr '%' <116:34>
# CHECK:      ComprehensionExpr dict <116:43>
# CHECK-NEXT:   element: NameExpr 'k' <116:44>
# CHECK-NEXT:   value: NameExpr 'v' <116:47>
# CHECK-NEXT:   for: TupleExpr <116:53>

q = {value = nullable, 0}
# CHECK:      value: InitListExpr <127:5>
# CHECK-NEXT:   kw 'value': NameExpr 'nullable' <127:14>
# CHECK-NEXT:   IntLiteralExpr 0 <127:24>

r = "con" 'cat' """enated"""
# CHECK: value: StringLiteralExpr "concatenated" <132:5>

s = t"x = {x + 1}, {{braces}}, {d["k"]!r:>8}"
# CHECK:      value: TStringExpr <135:5>
# CHECK-NEXT:   text "x = "
# CHECK-NEXT:   field: BinaryExpr '+' <135:12>
# CHECK-NEXT:     NameExpr 'x' <135:12>
# CHECK-NEXT:     IntLiteralExpr 1 <135:16>
# CHECK-NEXT:   text ", {braces}, "
# CHECK-NEXT:   field !r :>8: SubscriptExpr <135:33>
# CHECK-NEXT:     base: NameExpr 'd' <135:33>
# CHECK-NEXT:     StringLiteralExpr "k" <135:35>

u = A if comptime(n > 1) else B
# CHECK:      cond: ComptimeExpr <146:10>
# CHECK-NEXT:   CompareExpr '>' <146:19>

v = (y := compute()) + 0x_ff + 0b1010 + 1_000.5e-3 + DType.bool.x
# CHECK:      WalrusExpr 'y' <150:6>
# CHECK:      IntLiteralExpr 0x_ff <150:24>
# CHECK-NEXT: IntLiteralExpr 0b1010 <150:32>
# CHECK-NEXT: FloatLiteralExpr 1_000.5e-3 <150:41>
# CHECK-NEXT: MemberExpr 'x' <150:54>
# CHECK-NEXT:   MemberExpr 'bool' <150:54>

w = f(*args, **kwargs^, key=1)
# CHECK:      value: CallExpr <158:5>
# CHECK-NEXT:   callee: NameExpr 'f' <158:5>
# CHECK-NEXT:   *: NameExpr 'args' <158:8>
# CHECK-NEXT:   **: TransferExpr <158:16>
# CHECK-NEXT:     NameExpr 'kwargs' <158:16>
# CHECK-NEXT:   kw 'key': IntLiteralExpr 1 <158:29>

x = (
    value
    .method()
    .other[1]()
)
# CHECK:      value: CallExpr <167:5>
# CHECK-NEXT:   callee: SubscriptExpr <167:5>
# CHECK-NEXT:     base: MemberExpr 'other' <167:5>
# CHECK-NEXT:       CallExpr <167:5>
# CHECK-NEXT:         callee: MemberExpr 'method' <167:5>
# CHECK-NEXT:           NameExpr 'value' <167:5>
