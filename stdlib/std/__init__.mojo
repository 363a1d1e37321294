# The `std` package: import its modules fully qualified (`from std.math
# import sqrt`). Its builtin modules are imported automatically.
