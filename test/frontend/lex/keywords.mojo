# Reserved keywords, contextual keywords (own kinds, still usable as names)
# and identifiers, including Unicode names (columns count code points).
# RUN: %ignis build --emit=tokens %s | FileCheck %s

and as assert async await break class continue def del elif else except
False finally fn for from global if import in is lambda None nonlocal not
or pass raise return struct trait True try var while with yield
alias borrowed capturing comptime deinit escaping inout mut out owned
raises read ref where
x _x __init__ Int8 defs def_ r t rt f café π名前 x🔥 ñ2 Self self
ἀλφα = 1
# ---- expected tokens ----
# CHECK: 5:1 kw_and 'and'
# CHECK-NEXT: 5:5 kw_as 'as'
# CHECK-NEXT: 5:8 kw_assert 'assert'
# CHECK-NEXT: 5:15 kw_async 'async'
# CHECK-NEXT: 5:21 kw_await 'await'
# CHECK-NEXT: 5:27 kw_break 'break'
# CHECK-NEXT: 5:33 kw_class 'class'
# CHECK-NEXT: 5:39 kw_continue 'continue'
# CHECK-NEXT: 5:48 kw_def 'def'
# CHECK-NEXT: 5:52 kw_del 'del'
# CHECK-NEXT: 5:56 kw_elif 'elif'
# CHECK-NEXT: 5:61 kw_else 'else'
# CHECK-NEXT: 5:66 kw_except 'except'
# CHECK-NEXT: 5:72 newline
# CHECK-NEXT: 6:1 kw_False 'False'
# CHECK-NEXT: 6:7 kw_finally 'finally'
# CHECK-NEXT: 6:15 kw_fn 'fn'
# CHECK-NEXT: 6:18 kw_for 'for'
# CHECK-NEXT: 6:22 kw_from 'from'
# CHECK-NEXT: 6:27 kw_global 'global'
# CHECK-NEXT: 6:34 kw_if 'if'
# CHECK-NEXT: 6:37 kw_import 'import'
# CHECK-NEXT: 6:44 kw_in 'in'
# CHECK-NEXT: 6:47 kw_is 'is'
# CHECK-NEXT: 6:50 kw_lambda 'lambda'
# CHECK-NEXT: 6:57 kw_None 'None'
# CHECK-NEXT: 6:62 kw_nonlocal 'nonlocal'
# CHECK-NEXT: 6:71 kw_not 'not'
# CHECK-NEXT: 6:74 newline
# CHECK-NEXT: 7:1 kw_or 'or'
# CHECK-NEXT: 7:4 kw_pass 'pass'
# CHECK-NEXT: 7:9 kw_raise 'raise'
# CHECK-NEXT: 7:15 kw_return 'return'
# CHECK-NEXT: 7:22 kw_struct 'struct'
# CHECK-NEXT: 7:29 kw_trait 'trait'
# CHECK-NEXT: 7:35 kw_True 'True'
# CHECK-NEXT: 7:40 kw_try 'try'
# CHECK-NEXT: 7:44 kw_var 'var'
# CHECK-NEXT: 7:48 kw_while 'while'
# CHECK-NEXT: 7:54 kw_with 'with'
# CHECK-NEXT: 7:59 kw_yield 'yield'
# CHECK-NEXT: 7:64 newline
# CHECK-NEXT: 8:1 kw_alias 'alias'
# CHECK-NEXT: 8:7 kw_borrowed 'borrowed'
# CHECK-NEXT: 8:16 kw_capturing 'capturing'
# CHECK-NEXT: 8:26 kw_comptime 'comptime'
# CHECK-NEXT: 8:35 kw_deinit 'deinit'
# CHECK-NEXT: 8:42 kw_escaping 'escaping'
# CHECK-NEXT: 8:51 kw_inout 'inout'
# CHECK-NEXT: 8:57 kw_mut 'mut'
# CHECK-NEXT: 8:61 kw_out 'out'
# CHECK-NEXT: 8:65 kw_owned 'owned'
# CHECK-NEXT: 8:70 newline
# CHECK-NEXT: 9:1 kw_raises 'raises'
# CHECK-NEXT: 9:8 kw_read 'read'
# CHECK-NEXT: 9:13 kw_ref 'ref'
# CHECK-NEXT: 9:17 kw_where 'where'
# CHECK-NEXT: 9:22 newline
# CHECK-NEXT: 10:1 identifier 'x'
# CHECK-NEXT: 10:3 identifier '_x'
# CHECK-NEXT: 10:6 identifier '__init__'
# CHECK-NEXT: 10:15 identifier 'Int8'
# CHECK-NEXT: 10:20 identifier 'defs'
# CHECK-NEXT: 10:25 identifier 'def_'
# CHECK-NEXT: 10:30 identifier 'r'
# CHECK-NEXT: 10:32 identifier 't'
# CHECK-NEXT: 10:34 identifier 'rt'
# CHECK-NEXT: 10:37 identifier 'f'
# CHECK-NEXT: 10:39 identifier 'café'
# CHECK-NEXT: 10:44 identifier 'π名前'
# CHECK-NEXT: 10:48 identifier 'x🔥'
# CHECK-NEXT: 10:51 identifier 'ñ2'
# CHECK-NEXT: 10:54 identifier 'Self'
# CHECK-NEXT: 10:59 identifier 'self'
# CHECK-NEXT: 10:63 newline
# CHECK-NEXT: 11:1 identifier 'ἀλφα'
# CHECK-NEXT: 11:6 equal '='
# CHECK-NEXT: 11:8 integer_literal '1'
# CHECK-NEXT: 11:9 newline
# CHECK-NEXT: 93:1 eof
