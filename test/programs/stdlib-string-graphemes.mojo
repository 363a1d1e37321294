# RUN: %ignis run %s | FileCheck %s --match-full-lines
# count_graphemes: user-perceived characters (extended grapheme clusters).


def main():
    # an emoji with a skin-tone modifier: 8 bytes, 2 code points, 1 grapheme
    var wave = String("👋🏽")
    print(wave.byte_length(), wave.count_codepoints(), wave.count_graphemes())
    # CHECK: 8 2 1
    # a combining accent joins its base; CR LF is one; flags pair up
    print(String("e\u0301a").count_graphemes(), String("a\r\nb").count_graphemes())
    # CHECK: 2 3
    print(String("🇫🇷🇩🇪🇮").count_graphemes(), String("👨‍👩‍👧").count_graphemes())
    # CHECK: 3 1
    # Hangul: precomposed syllables, and a syllable from L V T jamo
    print(String("한국어").count_graphemes(), String("\u1100\u1161\u11a8").count_graphemes())
    # CHECK: 3 1
    print(StaticString("ok👋🏽").count_graphemes(), String("").count_graphemes())
    # CHECK: 3 0
