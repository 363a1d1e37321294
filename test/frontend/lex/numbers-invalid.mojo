# Malformed numbers: one diagnostic naming the literal kind and its text,
# then a literal token (marked invalid) so parsing can go on.
# RUN: not %ignis build --emit=tokens --error-limit=0 %s > %t.out 2> %t.err
# RUN: FileCheck %s --check-prefix=DIAG < %t.err
# RUN: FileCheck %s < %t.out

a = 0x
b = 0XG1
c = 0o8
d = 0b2
e = 0b_
f = 1__
g = 1_
h = 12abc
i = 1e
j = 1e+
k = 1.5_
l = 1.method
m = 0x1g
n = 1_.5
o = 2e5x
# ---- expected tokens ----
# CHECK: 7:1 identifier 'a'
# CHECK-NEXT: 7:3 equal '='
# CHECK-NEXT: 7:5 integer_literal '0x'
# CHECK-NEXT: 7:7 newline
# CHECK-NEXT: 8:1 identifier 'b'
# CHECK-NEXT: 8:3 equal '='
# CHECK-NEXT: 8:5 integer_literal '0XG1'
# CHECK-NEXT: 8:9 newline
# CHECK-NEXT: 9:1 identifier 'c'
# CHECK-NEXT: 9:3 equal '='
# CHECK-NEXT: 9:5 integer_literal '0o8'
# CHECK-NEXT: 9:8 newline
# CHECK-NEXT: 10:1 identifier 'd'
# CHECK-NEXT: 10:3 equal '='
# CHECK-NEXT: 10:5 integer_literal '0b2'
# CHECK-NEXT: 10:8 newline
# CHECK-NEXT: 11:1 identifier 'e'
# CHECK-NEXT: 11:3 equal '='
# CHECK-NEXT: 11:5 integer_literal '0b_'
# CHECK-NEXT: 11:8 newline
# CHECK-NEXT: 12:1 identifier 'f'
# CHECK-NEXT: 12:3 equal '='
# CHECK-NEXT: 12:5 integer_literal '1__'
# CHECK-NEXT: 12:8 newline
# CHECK-NEXT: 13:1 identifier 'g'
# CHECK-NEXT: 13:3 equal '='
# CHECK-NEXT: 13:5 integer_literal '1_'
# CHECK-NEXT: 13:7 newline
# CHECK-NEXT: 14:1 identifier 'h'
# CHECK-NEXT: 14:3 equal '='
# CHECK-NEXT: 14:5 integer_literal '12abc'
# CHECK-NEXT: 14:10 newline
# CHECK-NEXT: 15:1 identifier 'i'
# CHECK-NEXT: 15:3 equal '='
# CHECK-NEXT: 15:5 float_literal '1e'
# CHECK-NEXT: 15:7 newline
# CHECK-NEXT: 16:1 identifier 'j'
# CHECK-NEXT: 16:3 equal '='
# CHECK-NEXT: 16:5 float_literal '1e'
# CHECK-NEXT: 16:7 plus '+'
# CHECK-NEXT: 16:8 newline
# CHECK-NEXT: 17:1 identifier 'k'
# CHECK-NEXT: 17:3 equal '='
# CHECK-NEXT: 17:5 float_literal '1.5_'
# CHECK-NEXT: 17:9 newline
# CHECK-NEXT: 18:1 identifier 'l'
# CHECK-NEXT: 18:3 equal '='
# CHECK-NEXT: 18:5 float_literal '1.method'
# CHECK-NEXT: 18:13 newline
# CHECK-NEXT: 19:1 identifier 'm'
# CHECK-NEXT: 19:3 equal '='
# CHECK-NEXT: 19:5 integer_literal '0x1g'
# CHECK-NEXT: 19:9 newline
# CHECK-NEXT: 20:1 identifier 'n'
# CHECK-NEXT: 20:3 equal '='
# CHECK-NEXT: 20:5 integer_literal '1_'
# CHECK-NEXT: 20:7 float_literal '.5'
# CHECK-NEXT: 20:9 newline
# CHECK-NEXT: 21:1 identifier 'o'
# CHECK-NEXT: 21:3 equal '='
# CHECK-NEXT: 21:5 float_literal '2e5x'
# CHECK-NEXT: 21:9 newline
# CHECK-NEXT: 132:1 eof
# DIAG: {{.*}}:7:5: error: invalid hexadecimal literal '0x'
# DIAG-NEXT: a = 0x
# DIAG-NEXT:     ^~
# DIAG-NEXT: {{.*}}:8:5: error: invalid hexadecimal literal '0XG1'
# DIAG-NEXT: b = 0XG1
# DIAG-NEXT:     ^~~~
# DIAG-NEXT: {{.*}}:9:5: error: invalid octal literal '0o8'
# DIAG-NEXT: c = 0o8
# DIAG-NEXT:     ^~~
# DIAG-NEXT: {{.*}}:10:5: error: invalid binary literal '0b2'
# DIAG-NEXT: d = 0b2
# DIAG-NEXT:     ^~~
# DIAG-NEXT: {{.*}}:11:5: error: invalid binary literal '0b_'
# DIAG-NEXT: e = 0b_
# DIAG-NEXT:     ^~~
# DIAG-NEXT: {{.*}}:12:5: error: invalid decimal literal '1__'
# DIAG-NEXT: f = 1__
# DIAG-NEXT:     ^~~
# DIAG-NEXT: {{.*}}:13:5: error: invalid decimal literal '1_'
# DIAG-NEXT: g = 1_
# DIAG-NEXT:     ^~
# DIAG-NEXT: {{.*}}:14:5: error: invalid decimal literal '12abc'
# DIAG-NEXT: h = 12abc
# DIAG-NEXT:     ^~~~~
# DIAG-NEXT: {{.*}}:15:5: error: invalid float literal '1e'
# DIAG-NEXT: i = 1e
# DIAG-NEXT:     ^~
# DIAG-NEXT: {{.*}}:16:5: error: invalid float literal '1e'
# DIAG-NEXT: j = 1e+
# DIAG-NEXT:     ^~
# DIAG-NEXT: {{.*}}:17:5: error: invalid float literal '1.5_'
# DIAG-NEXT: k = 1.5_
# DIAG-NEXT:     ^~~~
# DIAG-NEXT: {{.*}}:18:5: error: invalid float literal '1.method'
# DIAG-NEXT: l = 1.method
# DIAG-NEXT:     ^~~~~~~~
# DIAG-NEXT: {{.*}}:19:5: error: invalid hexadecimal literal '0x1g'
# DIAG-NEXT: m = 0x1g
# DIAG-NEXT:     ^~~~
# DIAG-NEXT: {{.*}}:20:5: error: invalid decimal literal '1_'
# DIAG-NEXT: n = 1_.5
# DIAG-NEXT:     ^~
# DIAG-NEXT: {{.*}}:21:5: error: invalid float literal '2e5x'
# DIAG-NEXT: o = 2e5x
# DIAG-NEXT:     ^~~~
# DIAG-NOT: {{.}}
