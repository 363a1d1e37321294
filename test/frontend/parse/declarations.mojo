# RUN: %ignis build -w --emit=ast %s | FileCheck %s --match-full-lines --strict-whitespace
# Functions, structs, traits: parameter lists, conventions, effects, results.

from std.memory import UnsafePointer as Ptr, memcpy
from .sibling import (a, b as c,)
from .. import parent
import std.gpu.host as host, os

@always_inline("nodebug")
def sort[dtype: DType, width: Int, //, values: SIMD[dtype, width], /, *, reverse: Bool = False](
    mut self, read a: Int, var b: List[Int], ref [origin] c: T, deinit d: Self, out result: Self, *args: *Ts, **kwargs: Int
) raises MyError -> ref [self._data] Self.T where conforms_to(T, Copyable):
    ...

fn legacy(owned x: Int, inout y: Int):
    pass

def closure(n: Int) raises {mut total, read, count^} -> Int:
    return n

def typed(f: def(Int, mut x: Float64) raises capturing [_] -> Bool, g: fn[w: Int](Int) thin abi("C") -> None):
    pass

@fieldwise_init
struct Pair[T: Copyable & Movable, n: Int = 4](Copyable, Movable where conforms_to(T, Movable), Sized):
    """A pair."""
    var first: Self.T
    var second: Self.T
    comptime size = Self.n * 2

    @staticmethod
    def make() -> Self:
        return {Self.T(), Self.T()}

trait Shape(Writable):
    comptime Element: AnyType
    def area(self) -> Float64: ...
    def name(self) -> String:
        return "shape"

struct Empty:
    pass

# CHECK:ModuleDecl 'declarations.mojo'
# CHECK-NEXT:  FromImportStmt std.memory import UnsafePointer as Ptr, memcpy <4:1>
# CHECK-NEXT:  FromImportStmt .sibling import a, b as c <5:1>
# CHECK-NEXT:  FromImportStmt .. import parent <6:1>
# CHECK-NEXT:  ImportStmt std.gpu.host as host, os <7:1>
# CHECK-NEXT:  FuncDecl 'sort' raises <9:1>
# CHECK-NEXT:    decorator: CallExpr <9:2>
# CHECK-NEXT:      callee: NameExpr 'always_inline' <9:2>
# CHECK-NEXT:      StringLiteralExpr "nodebug" <9:16>
# CHECK-NEXT:    Params infer_only=2 positional_only=3 keyword_only_from=3
# CHECK-NEXT:      Param 'dtype' <10:10>
# CHECK-NEXT:        type: NameExpr 'DType' <10:17>
# CHECK-NEXT:      Param 'width' <10:24>
# CHECK-NEXT:        type: NameExpr 'Int' <10:31>
# CHECK-NEXT:      Param 'values' <10:40>
# CHECK-NEXT:        type: SubscriptExpr <10:48>
# CHECK-NEXT:          base: NameExpr 'SIMD' <10:48>
# CHECK-NEXT:          NameExpr 'dtype' <10:53>
# CHECK-NEXT:          NameExpr 'width' <10:60>
# CHECK-NEXT:      Param 'reverse' <10:74>
# CHECK-NEXT:        type: NameExpr 'Bool' <10:83>
# CHECK-NEXT:        default: BoolLiteralExpr False <10:90>
# CHECK-NEXT:    Args
# CHECK-NEXT:      Param 'self' mut <11:5>
# CHECK-NEXT:      Param 'a' read <11:15>
# CHECK-NEXT:        type: NameExpr 'Int' <11:23>
# CHECK-NEXT:      Param 'b' var <11:28>
# CHECK-NEXT:        type: SubscriptExpr <11:35>
# CHECK-NEXT:          base: NameExpr 'List' <11:35>
# CHECK-NEXT:          NameExpr 'Int' <11:40>
# CHECK-NEXT:      Param 'c' ref <11:46>
# CHECK-NEXT:        origin: NameExpr 'origin' <11:51>
# CHECK-NEXT:        type: NameExpr 'T' <11:62>
# CHECK-NEXT:      Param 'd' deinit <11:65>
# CHECK-NEXT:        type: NameExpr 'Self' <11:75>
# CHECK-NEXT:      Param 'result' out <11:81>
# CHECK-NEXT:        type: NameExpr 'Self' <11:93>
# CHECK-NEXT:      Param 'args' variadic <11:99>
# CHECK-NEXT:        type: StarExpr '*' <11:106>
# CHECK-NEXT:          NameExpr 'Ts' <11:107>
# CHECK-NEXT:      Param 'kwargs' kw_variadic <11:111>
# CHECK-NEXT:        type: NameExpr 'Int' <11:121>
# CHECK-NEXT:    raises: NameExpr 'MyError' <12:10>
# CHECK-NEXT:    result: RefTypeExpr <12:21>
# CHECK-NEXT:      origin: MemberExpr '_data' <12:26>
# CHECK-NEXT:        NameExpr 'self' <12:26>
# CHECK-NEXT:      type: MemberExpr 'T' <12:38>
# CHECK-NEXT:        NameExpr 'Self' <12:38>
# CHECK-NEXT:    where: CallExpr <12:51>
# CHECK-NEXT:      callee: NameExpr 'conforms_to' <12:51>
# CHECK-NEXT:      NameExpr 'T' <12:63>
# CHECK-NEXT:      NameExpr 'Copyable' <12:66>
# CHECK-NEXT:    Body
# CHECK-NEXT:      ExprStmt <13:5>
# CHECK-NEXT:        EllipsisExpr <13:5>
# CHECK-NEXT:  FuncDecl 'legacy' fn <15:1>
# CHECK-NEXT:    Args
# CHECK-NEXT:      Param 'x' owned <15:11>
# CHECK-NEXT:        type: NameExpr 'Int' <15:20>
# CHECK-NEXT:      Param 'y' inout <15:25>
# CHECK-NEXT:        type: NameExpr 'Int' <15:34>
# CHECK-NEXT:    Body
# CHECK-NEXT:      PassStmt <16:5>
# CHECK-NEXT:  FuncDecl 'closure' raises <18:1>
# CHECK-NEXT:    Args
# CHECK-NEXT:      Param 'n' <18:13>
# CHECK-NEXT:        type: NameExpr 'Int' <18:16>
# CHECK-NEXT:    Captures
# CHECK-NEXT:      Capture mut 'total' <18:29>
# CHECK-NEXT:      Capture read <18:40>
# CHECK-NEXT:      Capture 'count' ^ <18:46>
# CHECK-NEXT:    result: NameExpr 'Int' <18:57>
# CHECK-NEXT:    Body
# CHECK-NEXT:      ReturnStmt <19:5>
# CHECK-NEXT:        NameExpr 'n' <19:12>
# CHECK-NEXT:  FuncDecl 'typed' <21:1>
# CHECK-NEXT:    Args
# CHECK-NEXT:      Param 'f' <21:11>
# CHECK-NEXT:        type: FunctionTypeExpr def raises capturing <21:14>
# CHECK-NEXT:          Args
# CHECK-NEXT:            Param <21:18>
# CHECK-NEXT:              type: NameExpr 'Int' <21:18>
# CHECK-NEXT:            Param 'x' mut <21:23>
# CHECK-NEXT:              type: NameExpr 'Float64' <21:30>
# CHECK-NEXT:          capturing: NameExpr '_' <21:57>
# CHECK-NEXT:          result: NameExpr 'Bool' <21:63>
# CHECK-NEXT:      Param 'g' <21:69>
# CHECK-NEXT:        type: FunctionTypeExpr fn thin <21:72>
# CHECK-NEXT:          Params
# CHECK-NEXT:            Param 'w' <21:75>
# CHECK-NEXT:              type: NameExpr 'Int' <21:78>
# CHECK-NEXT:          Args
# CHECK-NEXT:            Param <21:83>
# CHECK-NEXT:              type: NameExpr 'Int' <21:83>
# CHECK-NEXT:          abi: StringLiteralExpr "C" <21:97>
# CHECK-NEXT:          result: NoneLiteralExpr <21:105>
# CHECK-NEXT:    Body
# CHECK-NEXT:      PassStmt <22:5>
# CHECK-NEXT:  StructDecl 'Pair' <24:1>
# CHECK-NEXT:    decorator: NameExpr 'fieldwise_init' <24:2>
# CHECK-NEXT:    Params
# CHECK-NEXT:      Param 'T' <25:13>
# CHECK-NEXT:        type: BinaryExpr '&' <25:16>
# CHECK-NEXT:          NameExpr 'Copyable' <25:16>
# CHECK-NEXT:          NameExpr 'Movable' <25:27>
# CHECK-NEXT:      Param 'n' <25:36>
# CHECK-NEXT:        type: NameExpr 'Int' <25:39>
# CHECK-NEXT:        default: IntLiteralExpr 4 <25:45>
# CHECK-NEXT:    trait: NameExpr 'Copyable' <25:48>
# CHECK-NEXT:    trait: NameExpr 'Movable' <25:58>
# CHECK-NEXT:      where: CallExpr <25:72>
# CHECK-NEXT:        callee: NameExpr 'conforms_to' <25:72>
# CHECK-NEXT:        NameExpr 'T' <25:84>
# CHECK-NEXT:        NameExpr 'Movable' <25:87>
# CHECK-NEXT:    trait: NameExpr 'Sized' <25:97>
# CHECK-NEXT:    Body
# CHECK-NEXT:      ExprStmt <26:5>
# CHECK-NEXT:        StringLiteralExpr "A pair." <26:5>
# CHECK-NEXT:      VarDecl var <27:5>
# CHECK-NEXT:        target: NameExpr 'first' <27:9>
# CHECK-NEXT:        type: MemberExpr 'T' <27:16>
# CHECK-NEXT:          NameExpr 'Self' <27:16>
# CHECK-NEXT:      VarDecl var <28:5>
# CHECK-NEXT:        target: NameExpr 'second' <28:9>
# CHECK-NEXT:        type: MemberExpr 'T' <28:17>
# CHECK-NEXT:          NameExpr 'Self' <28:17>
# CHECK-NEXT:      ComptimeDecl 'size' <29:5>
# CHECK-NEXT:        value: BinaryExpr '*' <29:21>
# CHECK-NEXT:          MemberExpr 'n' <29:21>
# CHECK-NEXT:            NameExpr 'Self' <29:21>
# CHECK-NEXT:          IntLiteralExpr 2 <29:30>
# CHECK-NEXT:      FuncDecl 'make' <31:5>
# CHECK-NEXT:        decorator: NameExpr 'staticmethod' <31:6>
# CHECK-NEXT:        Args
# CHECK-NEXT:        result: NameExpr 'Self' <32:19>
# CHECK-NEXT:        Body
# CHECK-NEXT:          ReturnStmt <33:9>
# CHECK-NEXT:            SetExpr <33:16>
# CHECK-NEXT:              CallExpr <33:17>
# CHECK-NEXT:                callee: MemberExpr 'T' <33:17>
# CHECK-NEXT:                  NameExpr 'Self' <33:17>
# CHECK-NEXT:              CallExpr <33:27>
# CHECK-NEXT:                callee: MemberExpr 'T' <33:27>
# CHECK-NEXT:                  NameExpr 'Self' <33:27>
# CHECK-NEXT:  TraitDecl 'Shape' <35:1>
# CHECK-NEXT:    trait: NameExpr 'Writable' <35:13>
# CHECK-NEXT:    Body
# CHECK-NEXT:      ComptimeDecl 'Element' <36:5>
# CHECK-NEXT:        type: NameExpr 'AnyType' <36:23>
# CHECK-NEXT:      FuncDecl 'area' <37:5>
# CHECK-NEXT:        Args
# CHECK-NEXT:          Param 'self' <37:14>
# CHECK-NEXT:        result: NameExpr 'Float64' <37:23>
# CHECK-NEXT:        Body
# CHECK-NEXT:          ExprStmt <37:32>
# CHECK-NEXT:            EllipsisExpr <37:32>
# CHECK-NEXT:      FuncDecl 'name' <38:5>
# CHECK-NEXT:        Args
# CHECK-NEXT:          Param 'self' <38:14>
# CHECK-NEXT:        result: NameExpr 'String' <38:23>
# CHECK-NEXT:        Body
# CHECK-NEXT:          ReturnStmt <39:9>
# CHECK-NEXT:            StringLiteralExpr "shape" <39:16>
# CHECK-NEXT:  StructDecl 'Empty' <41:1>
# CHECK-NEXT:    Body
# CHECK-NEXT:      PassStmt <42:5>
