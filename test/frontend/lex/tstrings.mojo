# t-strings are one token each: replacement fields may hold any expression,
# with nested brackets and nested string literals (even with the same quote).
# RUN: %ignis build --emit=tokens %s | FileCheck %s

print(t"x = {x}, {d["k"] + f(1, {2: 3})}")
print(t'{{literal}} {a!r} {b!s:>10} {c:{width}.{prec}f} {d != e}')
print(t"{t'{x}'} {"}"} {[1, 2][0]} {(lambda y: y)(1)} {s[1:2]}")
print(t"""multi
{ x +
  y } and {'''nested
'''}""")
print(T"{x}" rt"\d{x}" Rt'{{')
# ---- expected tokens ----
# CHECK: 5:1 identifier 'print'
# CHECK-NEXT: 5:6 l_paren '('
# CHECK-NEXT: 5:7 tstring_literal 't"x = {x}, {d["k"] + f(1, {2: 3})}"'
# CHECK-NEXT: 5:42 r_paren ')'
# CHECK-NEXT: 5:43 newline
# CHECK-NEXT: 6:1 identifier 'print'
# CHECK-NEXT: 6:6 l_paren '('
# CHECK-NEXT: 6:7 tstring_literal 't'{{[{][{]}}literal}} {a!r} {b!s:>10} {c:{width}.{prec}f} {d != e}''
# CHECK-NEXT: 6:66 r_paren ')'
# CHECK-NEXT: 6:67 newline
# CHECK-NEXT: 7:1 identifier 'print'
# CHECK-NEXT: 7:6 l_paren '('
# CHECK-NEXT: 7:7 tstring_literal 't"{t'{x}'} {"}"} {[1, 2][0]} {(lambda y: y)(1)} {s[1:2]}"'
# CHECK-NEXT: 7:64 r_paren ')'
# CHECK-NEXT: 7:65 newline
# CHECK-NEXT: 8:1 identifier 'print'
# CHECK-NEXT: 8:6 l_paren '('
# CHECK-NEXT: 8:7 tstring_literal 't"""multi\n{ x +\n  y } and {'''nested\n'''}"""'
# CHECK-NEXT: 11:8 r_paren ')'
# CHECK-NEXT: 11:9 newline
# CHECK-NEXT: 12:1 identifier 'print'
# CHECK-NEXT: 12:6 l_paren '('
# CHECK-NEXT: 12:7 tstring_literal 'T"{x}"'
# CHECK-NEXT: 12:14 tstring_literal 'rt"\d{x}"'
# CHECK-NEXT: 12:24 tstring_literal 'Rt'{{[{][{]}}''
# CHECK-NEXT: 12:30 r_paren ')'
# CHECK-NEXT: 12:31 newline
# CHECK-NEXT: 42:1 eof
