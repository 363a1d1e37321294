# std.reflection: `reflect[T]` (Reflected[T]: a type's name and fields) and
# source locations (`SourceLocation`, `source_location()`,
# `call_location()`); the rest of Mojo's reflection module is not here yet.

from std.reflection.location import SourceLocation, source_location, call_location
from std.reflection.reflect import Reflected, reflect
from std.reflection.function import get_function_name, get_linkage_name
