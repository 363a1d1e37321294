# std.reflection: source locations (the rest of Mojo's reflection module,
# `reflect[T]`, `get_function_name`, ..., is not here yet).

from std.reflection.location import SourceLocation, source_location
