# std.reflection: source locations (`SourceLocation`, `source_location()`,
# `call_location()`); the rest of Mojo's reflection module is not here yet.

from std.reflection.location import SourceLocation, source_location, call_location
