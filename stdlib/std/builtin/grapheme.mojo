# Extended grapheme clusters (what a reader sees as one character), counted
# over UTF-8 bytes with the main rules of Unicode's UAX #29: CR LF stays
# together; combining marks, variation selectors, emoji modifiers, tag
# characters and ZWJ extend the cluster before them; a ZWJ joins the next
# character (emoji ZWJ sequences); regional indicators pair into flags;
# Hangul jamo sequences (L, V, T and precomposed syllables) form syllables.
# Spacing marks and Indic conjuncts are not distinguished: a spacing mark
# starts a new cluster here, and a ZWJ joins whatever follows it.

from std.builtin.string import _utf8_length, _utf8_decode


def _grapheme_extends(cp: Int) -> Bool:
    """Whether cp continues the cluster before it (Extend, ZWJ, modifiers)."""
    if cp < 0x300:
        return False
    if cp <= 0x36F:  # combining diacritical marks
        return True
    if 0x483 <= cp and cp <= 0x489:
        return True
    if 0x591 <= cp and cp <= 0x5BD:
        return True
    if 0x610 <= cp and cp <= 0x61A or 0x64B <= cp and cp <= 0x65F:
        return True
    if 0x1AB0 <= cp and cp <= 0x1AFF or 0x1DC0 <= cp and cp <= 0x1DFF:
        return True
    if cp == 0x200C or cp == 0x200D:  # ZWNJ, ZWJ
        return True
    if 0x20D0 <= cp and cp <= 0x20FF:
        return True
    if 0xFE00 <= cp and cp <= 0xFE0F or 0xFE20 <= cp and cp <= 0xFE2F:
        return True
    if 0x1F3FB <= cp and cp <= 0x1F3FF:  # emoji skin-tone modifiers
        return True
    if 0xE0020 <= cp and cp <= 0xE007F or 0xE0100 <= cp and cp <= 0xE01EF:
        return True
    return False


def _is_regional_indicator(cp: Int) -> Bool:
    return 0x1F1E6 <= cp and cp <= 0x1F1FF


def _hangul_kind(cp: Int) -> Int:
    """0: not Hangul; 1: L; 2: V; 3: T; 4: LV; 5: LVT."""
    if 0x1100 <= cp and cp <= 0x115F or 0xA960 <= cp and cp <= 0xA97C:
        return 1
    if 0x1160 <= cp and cp <= 0x11A7 or 0xD7B0 <= cp and cp <= 0xD7C6:
        return 2
    if 0x11A8 <= cp and cp <= 0x11FF or 0xD7CB <= cp and cp <= 0xD7FB:
        return 3
    if 0xAC00 <= cp and cp <= 0xD7A3:
        return 4 if (cp - 0xAC00) % 28 == 0 else 5
    return 0


def _hangul_joins(prev: Int, next: Int) -> Bool:
    if prev == 1:
        return next == 1 or next == 2 or next == 4 or next == 5
    if prev == 2 or prev == 4:
        return next == 2 or next == 3
    if prev == 3 or prev == 5:
        return next == 3
    return False


def _count_graphemes(
    data: __builtin.pointer[__builtin.simd[DType.uint8, 1]], length: Int
) -> Int:
    """The number of extended grapheme clusters in the UTF-8 bytes."""
    var count = 0
    var i = 0
    var prev = -1
    var regional_run = 0
    while i < length:
        var lead = Int(raw=__builtin.cast[DType.index](__builtin.load(__builtin.offset(data, i._value))))
        var n = _utf8_length(lead)
        var cp = _utf8_decode(data, i, n)
        i += n
        var joins = False
        if prev >= 0:
            if prev == 0x0D and cp == 0x0A:
                joins = True
            elif prev == 0x0D or prev == 0x0A or cp == 0x0D or cp == 0x0A:
                joins = False
            elif _grapheme_extends(cp):
                joins = True
            elif prev == 0x200D:
                joins = True
            elif _is_regional_indicator(cp) and _is_regional_indicator(prev):
                joins = regional_run % 2 == 1
            else:
                joins = _hangul_joins(_hangul_kind(prev), _hangul_kind(cp))
        if _is_regional_indicator(cp):
            var after_ri = prev >= 0 and _is_regional_indicator(prev)
            regional_run = regional_run + 1 if after_ri else 1
        else:
            regional_run = 0
        if not joins:
            count += 1
        prev = cp
    return count
