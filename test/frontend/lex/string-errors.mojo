# String literal errors: each is reported once, the token stays a string.
# RUN: not %ignis build --emit=tokens --error-limit=0 %s > %t.out 2> %t.err
# RUN: FileCheck %s --check-prefix=DIAG < %t.err
# RUN: FileCheck %s < %t.out

a = "bad \q escape" 'and \N{DASH}' "\x4" "\u12g" "\U00110000" "\ud800"
b = "unterminated
c = 'also unterminated
d = f"x = {x}" F'{y}' rf"{z}"
e = "ok"
# ---- expected tokens ----
# CHECK: 6:1 identifier 'a'
# CHECK-NEXT: 6:3 equal '='
# CHECK-NEXT: 6:5 string_literal '"bad \q escape"'
# CHECK-NEXT: 6:21 string_literal ''and \N{DASH}''
# CHECK-NEXT: 6:36 string_literal '"\x4"'
# CHECK-NEXT: 6:42 string_literal '"\u12g"'
# CHECK-NEXT: 6:50 string_literal '"\U00110000"'
# CHECK-NEXT: 6:63 string_literal '"\ud800"'
# CHECK-NEXT: 6:71 newline
# CHECK-NEXT: 7:1 identifier 'b'
# CHECK-NEXT: 7:3 equal '='
# CHECK-NEXT: 7:5 string_literal '"unterminated'
# CHECK-NEXT: 7:18 newline
# CHECK-NEXT: 8:1 identifier 'c'
# CHECK-NEXT: 8:3 equal '='
# CHECK-NEXT: 8:5 string_literal ''also unterminated'
# CHECK-NEXT: 8:23 newline
# CHECK-NEXT: 9:1 identifier 'd'
# CHECK-NEXT: 9:3 equal '='
# CHECK-NEXT: 9:5 tstring_literal 'f"x = {x}"'
# CHECK-NEXT: 9:16 tstring_literal 'F'{y}''
# CHECK-NEXT: 9:23 tstring_literal 'rf"{z}"'
# CHECK-NEXT: 9:30 newline
# CHECK-NEXT: 10:1 identifier 'e'
# CHECK-NEXT: 10:3 equal '='
# CHECK-NEXT: 10:5 string_literal '"ok"'
# CHECK-NEXT: 10:9 newline
# CHECK-NEXT: 74:1 eof
# DIAG: {{.*}}:6:10: error: invalid escape sequence '\q' in string literal
# DIAG-NEXT: a = "bad \q escape" 'and \N{DASH}' "\x4" "\u12g" "\U00110000" "\ud800"
# DIAG-NEXT:          ^~
# DIAG-NEXT: {{.*}}:6:26: error: invalid escape sequence '\N' in string literal
# DIAG-NEXT: a = "bad \q escape" 'and \N{DASH}' "\x4" "\u12g" "\U00110000" "\ud800"
# DIAG-NEXT:                          ^~
# DIAG-NEXT: {{.*}}:6:37: error: invalid escape sequence '\x4' in string literal
# DIAG-NEXT: a = "bad \q escape" 'and \N{DASH}' "\x4" "\u12g" "\U00110000" "\ud800"
# DIAG-NEXT:                                     ^~~
# DIAG-NEXT: {{.*}}:6:43: error: invalid escape sequence '\u12' in string literal
# DIAG-NEXT: a = "bad \q escape" 'and \N{DASH}' "\x4" "\u12g" "\U00110000" "\ud800"
# DIAG-NEXT:                                           ^~~~
# DIAG-NEXT: {{.*}}:6:51: error: invalid escape sequence '\U00110000' in string literal
# DIAG-NEXT: a = "bad \q escape" 'and \N{DASH}' "\x4" "\u12g" "\U00110000" "\ud800"
# DIAG-NEXT:                                                   ^~~~~~~~~~
# DIAG-NEXT: {{.*}}:6:64: error: invalid escape sequence '\ud800' in string literal
# DIAG-NEXT: a = "bad \q escape" 'and \N{DASH}' "\x4" "\u12g" "\U00110000" "\ud800"
# DIAG-NEXT:                                                                ^~~~~~
# DIAG-NEXT: {{.*}}:7:5: error: unterminated string literal
# DIAG-NEXT: b = "unterminated
# DIAG-NEXT:     ^
# DIAG-NEXT: {{.*}}:8:5: error: unterminated string literal
# DIAG-NEXT: c = 'also unterminated
# DIAG-NEXT:     ^
# DIAG-NEXT: {{.*}}:9:5: error: f-strings are not part of Mojo; use a t-string: t"...{expr}..."
# DIAG-NEXT: d = f"x = {x}" F'{y}' rf"{z}"
# DIAG-NEXT:     ^
# DIAG-NEXT: {{.*}}:9:16: error: f-strings are not part of Mojo; use a t-string: t"...{expr}..."
# DIAG-NEXT: d = f"x = {x}" F'{y}' rf"{z}"
# DIAG-NEXT:                ^
# DIAG-NEXT: {{.*}}:9:23: error: f-strings are not part of Mojo; use a t-string: t"...{expr}..."
# DIAG-NEXT: d = f"x = {x}" F'{y}' rf"{z}"
# DIAG-NEXT:                       ^~
# DIAG-NOT: {{.}}
