# std.utils: Variant and other small value types.

from std.utils.variant import Variant
