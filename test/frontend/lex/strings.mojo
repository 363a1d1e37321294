# String literals: quotes, triple quotes, prefixes, every escape. Adjacent
# literals stay separate tokens (the parser concatenates them).
# RUN: %ignis build --emit=tokens %s | FileCheck %s

a = 'single' "double" '' "" 'it\'s' "say \"hi\""
b = "\n\t\r\0\\\a\b\f\v" "\x41\u00e9\U0001F525\101\7" 'é🔥'
c = r"C:\path\n" R'\d+' r"\"" rt"{x}\n" Tr'x' tR"y" RT'z'
d = """triple "quoted"
with ''' inside""" '''single
triple'''
e = "join \
ed"
f = """"""
g = ''''''
"""docstring"""
# ---- expected tokens ----
# CHECK: 5:1 identifier 'a'
# CHECK-NEXT: 5:3 equal '='
# CHECK-NEXT: 5:5 string_literal ''single''
# CHECK-NEXT: 5:14 string_literal '"double"'
# CHECK-NEXT: 5:23 string_literal ''''
# CHECK-NEXT: 5:26 string_literal '""'
# CHECK-NEXT: 5:29 string_literal ''it\'s''
# CHECK-NEXT: 5:37 string_literal '"say \"hi\""'
# CHECK-NEXT: 5:49 newline
# CHECK-NEXT: 6:1 identifier 'b'
# CHECK-NEXT: 6:3 equal '='
# CHECK-NEXT: 6:5 string_literal '"\n\t\r\0\\\a\b\f\v"'
# CHECK-NEXT: 6:26 string_literal '"\x41\u00e9\U0001F525\101\7"'
# CHECK-NEXT: 6:55 string_literal ''é🔥''
# CHECK-NEXT: 6:59 newline
# CHECK-NEXT: 7:1 identifier 'c'
# CHECK-NEXT: 7:3 equal '='
# CHECK-NEXT: 7:5 string_literal 'r"C:\path\n"'
# CHECK-NEXT: 7:18 string_literal 'R'\d+''
# CHECK-NEXT: 7:25 string_literal 'r"\""'
# CHECK-NEXT: 7:31 tstring_literal 'rt"{x}\n"'
# CHECK-NEXT: 7:41 tstring_literal 'Tr'x''
# CHECK-NEXT: 7:47 tstring_literal 'tR"y"'
# CHECK-NEXT: 7:53 tstring_literal 'RT'z''
# CHECK-NEXT: 7:58 newline
# CHECK-NEXT: 8:1 identifier 'd'
# CHECK-NEXT: 8:3 equal '='
# CHECK-NEXT: 8:5 string_literal '"""triple "quoted"\nwith ''' inside"""'
# CHECK-NEXT: 9:20 string_literal ''''single\ntriple''''
# CHECK-NEXT: 10:10 newline
# CHECK-NEXT: 11:1 identifier 'e'
# CHECK-NEXT: 11:3 equal '='
# CHECK-NEXT: 11:5 string_literal '"join \\ned"'
# CHECK-NEXT: 12:4 newline
# CHECK-NEXT: 13:1 identifier 'f'
# CHECK-NEXT: 13:3 equal '='
# CHECK-NEXT: 13:5 string_literal '""""""'
# CHECK-NEXT: 13:11 newline
# CHECK-NEXT: 14:1 identifier 'g'
# CHECK-NEXT: 14:3 equal '='
# CHECK-NEXT: 14:5 string_literal ''''''''
# CHECK-NEXT: 14:11 newline
# CHECK-NEXT: 15:1 string_literal '"""docstring"""'
# CHECK-NEXT: 15:16 newline
# CHECK-NEXT: 62:1 eof
