# Brackets still open at the end: one error at the outermost opener; the
# rest of the file was joined into one line. The final newline, dedents and
# eof are marked invalid so the parser does not report the same problem.
# RUN: not %ignis build --emit=tokens %s > %t.out 2> %t.err
# RUN: FileCheck %s --check-prefix=DIAG < %t.err
# RUN: FileCheck %s < %t.out

def f():
    x = g(a, [b,
    c]
    y = 2
# ---- expected tokens ----
# CHECK: 8:1 kw_def 'def'
# CHECK-NEXT: 8:5 identifier 'f'
# CHECK-NEXT: 8:6 l_paren '('
# CHECK-NEXT: 8:7 r_paren ')'
# CHECK-NEXT: 8:8 colon ':'
# CHECK-NEXT: 8:9 newline
# CHECK-NEXT: 9:5 indent
# CHECK-NEXT: 9:5 identifier 'x'
# CHECK-NEXT: 9:7 equal '='
# CHECK-NEXT: 9:9 identifier 'g'
# CHECK-NEXT: 9:10 l_paren '('
# CHECK-NEXT: 9:11 identifier 'a'
# CHECK-NEXT: 9:12 comma ','
# CHECK-NEXT: 9:14 l_square '['
# CHECK-NEXT: 9:15 identifier 'b'
# CHECK-NEXT: 9:16 comma ','
# CHECK-NEXT: 10:5 identifier 'c'
# CHECK-NEXT: 10:6 r_square ']'
# CHECK-NEXT: 11:5 identifier 'y'
# CHECK-NEXT: 11:7 equal '='
# CHECK-NEXT: 11:9 integer_literal '2'
# CHECK-NEXT: 41:1 newline
# CHECK-NEXT: 41:1 dedent
# CHECK-NEXT: 41:1 eof
# DIAG: {{.*}}:9:10: error: '(' was never closed
# DIAG-NEXT:     x = g(a, [b,
# DIAG-NEXT:          ^
# DIAG-NOT: {{.}}
