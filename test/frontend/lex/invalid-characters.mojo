# Characters no token starts with, backtick names, and bad continuations.
# RUN: not %ignis build --emit=tokens --error-limit=0 %s > %t.out 2> %t.err
# RUN: FileCheck %s --check-prefix=DIAG < %t.err
# RUN: FileCheck %s < %t.out

a = $x ? 1
b = `pop.cast` + `with space` + `` + c
d = `never closed
e = 1 \ 2
f = 3
# ---- expected tokens ----
# CHECK: 6:1 identifier 'a'
# CHECK-NEXT: 6:3 equal '='
# CHECK-NEXT: 6:5 error '$'
# CHECK-NEXT: 6:6 identifier 'x'
# CHECK-NEXT: 6:8 error '?'
# CHECK-NEXT: 6:10 integer_literal '1'
# CHECK-NEXT: 6:11 newline
# CHECK-NEXT: 7:1 identifier 'b'
# CHECK-NEXT: 7:3 equal '='
# CHECK-NEXT: 7:5 backtick_identifier '`pop.cast`'
# CHECK-NEXT: 7:16 plus '+'
# CHECK-NEXT: 7:18 backtick_identifier '`with space`'
# CHECK-NEXT: 7:31 plus '+'
# CHECK-NEXT: 7:33 error '``'
# CHECK-NEXT: 7:36 plus '+'
# CHECK-NEXT: 7:38 identifier 'c'
# CHECK-NEXT: 7:39 newline
# CHECK-NEXT: 8:1 identifier 'd'
# CHECK-NEXT: 8:3 equal '='
# CHECK-NEXT: 8:5 error '`'
# CHECK-NEXT: 8:6 identifier 'never'
# CHECK-NEXT: 8:12 identifier 'closed'
# CHECK-NEXT: 8:18 newline
# CHECK-NEXT: 9:1 identifier 'e'
# CHECK-NEXT: 9:3 equal '='
# CHECK-NEXT: 9:5 integer_literal '1'
# CHECK-NEXT: 9:9 integer_literal '2'
# CHECK-NEXT: 9:10 newline
# CHECK-NEXT: 10:1 identifier 'f'
# CHECK-NEXT: 10:3 equal '='
# CHECK-NEXT: 10:5 integer_literal '3'
# CHECK-NEXT: 10:6 newline
# CHECK-NEXT: 61:1 eof
# DIAG: {{.*}}:6:5: error: invalid character '$' in source
# DIAG-NEXT: a = $x ? 1
# DIAG-NEXT:     ^
# DIAG-NEXT: {{.*}}:6:8: error: invalid character '?' in source
# DIAG-NEXT: a = $x ? 1
# DIAG-NEXT:        ^
# DIAG-NEXT: {{.*}}:7:33: error: invalid character '`' in source
# DIAG-NEXT: b = `pop.cast` + `with space` + `` + c
# DIAG-NEXT:                                 ^~
# DIAG-NEXT: {{.*}}:8:5: error: unterminated backtick-quoted name
# DIAG-NEXT: d = `never closed
# DIAG-NEXT:     ^
# DIAG-NEXT: {{.*}}:9:7: error: unexpected character after line continuation character
# DIAG-NEXT: e = 1 \ 2
# DIAG-NEXT:       ^
# DIAG-NOT: {{.}}
