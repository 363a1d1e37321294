# t-string errors: lone `}`, empty and unterminated fields, bad conversions.
# RUN: not %ignis build --emit=tokens --error-limit=0 %s > %t.out 2> %t.err
# RUN: FileCheck %s --check-prefix=DIAG < %t.err
# RUN: FileCheck %s < %t.out

a = t"a } b" t"{}" t"{ }" t"{!r}" t"{:>3}"
b = t"{x!z}" t"{x!}" t"{x!rr}"
c = t"{x"
d = t"{f(x}"
e = t"{x:{y}"
f = t"ok {x}"
# ---- expected tokens ----
# CHECK: 6:1 identifier 'a'
# CHECK-NEXT: 6:3 equal '='
# CHECK-NEXT: 6:5 tstring_literal 't"a } b"'
# CHECK-NEXT: 6:14 tstring_literal 't"{}"'
# CHECK-NEXT: 6:20 tstring_literal 't"{ }"'
# CHECK-NEXT: 6:27 tstring_literal 't"{!r}"'
# CHECK-NEXT: 6:35 tstring_literal 't"{:>3}"'
# CHECK-NEXT: 6:43 newline
# CHECK-NEXT: 7:1 identifier 'b'
# CHECK-NEXT: 7:3 equal '='
# CHECK-NEXT: 7:5 tstring_literal 't"{x!z}"'
# CHECK-NEXT: 7:14 tstring_literal 't"{x!}"'
# CHECK-NEXT: 7:22 tstring_literal 't"{x!rr}"'
# CHECK-NEXT: 7:31 newline
# CHECK-NEXT: 8:1 identifier 'c'
# CHECK-NEXT: 8:3 equal '='
# CHECK-NEXT: 8:5 tstring_literal 't"{x"'
# CHECK-NEXT: 8:10 newline
# CHECK-NEXT: 9:1 identifier 'd'
# CHECK-NEXT: 9:3 equal '='
# CHECK-NEXT: 9:5 tstring_literal 't"{f(x}"'
# CHECK-NEXT: 9:13 newline
# CHECK-NEXT: 10:1 identifier 'e'
# CHECK-NEXT: 10:3 equal '='
# CHECK-NEXT: 10:5 tstring_literal 't"{x:{y}"'
# CHECK-NEXT: 10:14 newline
# CHECK-NEXT: 11:1 identifier 'f'
# CHECK-NEXT: 11:3 equal '='
# CHECK-NEXT: 11:5 tstring_literal 't"ok {x}"'
# CHECK-NEXT: 11:14 newline
# CHECK-NEXT: 75:1 eof
# DIAG: {{.*}}:6:9: error: single '}' is not allowed in a t-string; write '}}'
# DIAG-NEXT: a = t"a } b" t"{}" t"{ }" t"{!r}" t"{:>3}"
# DIAG-NEXT:         ^
# DIAG-NEXT: {{.*}}:6:16: error: empty expression in t-string replacement field
# DIAG-NEXT: a = t"a } b" t"{}" t"{ }" t"{!r}" t"{:>3}"
# DIAG-NEXT:                ^~
# DIAG-NEXT: {{.*}}:6:22: error: empty expression in t-string replacement field
# DIAG-NEXT: a = t"a } b" t"{}" t"{ }" t"{!r}" t"{:>3}"
# DIAG-NEXT:                      ^~~
# DIAG-NEXT: {{.*}}:6:29: error: empty expression in t-string replacement field
# DIAG-NEXT: a = t"a } b" t"{}" t"{ }" t"{!r}" t"{:>3}"
# DIAG-NEXT:                             ^~~~
# DIAG-NEXT: {{.*}}:6:37: error: empty expression in t-string replacement field
# DIAG-NEXT: a = t"a } b" t"{}" t"{ }" t"{!r}" t"{:>3}"
# DIAG-NEXT:                                     ^~~~~
# DIAG-NEXT: {{.*}}:7:9: error: invalid conversion in t-string replacement field; expected '!r' or '!s'
# DIAG-NEXT: b = t"{x!z}" t"{x!}" t"{x!rr}"
# DIAG-NEXT:         ^~
# DIAG-NEXT: {{.*}}:7:18: error: invalid conversion in t-string replacement field; expected '!r' or '!s'
# DIAG-NEXT: b = t"{x!z}" t"{x!}" t"{x!rr}"
# DIAG-NEXT:                  ^
# DIAG-NEXT: {{.*}}:7:26: error: invalid conversion in t-string replacement field; expected '!r' or '!s'
# DIAG-NEXT: b = t"{x!z}" t"{x!}" t"{x!rr}"
# DIAG-NEXT:                          ^~~
# DIAG-NEXT: {{.*}}:8:7: error: unterminated '{' replacement field in t-string
# DIAG-NEXT: c = t"{x"
# DIAG-NEXT:       ^
# DIAG-NEXT: {{.*}}:10:7: error: unterminated '{' replacement field in t-string
# DIAG-NEXT: e = t"{x:{y}"
# DIAG-NEXT:       ^
# DIAG-NOT: {{.}}
