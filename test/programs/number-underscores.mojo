# RUN: %ignis run %s | FileCheck %s --match-full-lines
# `_` separates digits in number literals, also several in a row (Mojo 1.0
# accepts `1__000`); a trailing `_` is an error (test/frontend/lex).


def main():
    print(1_000_000, 1__000, 0x_f__f, 0b1__0, 1_0.2_5)
    # CHECK: 1000000 1000 255 2 10.25
