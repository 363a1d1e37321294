# get_function_name / get_linkage_name: a function's names, known at
# compile time from the function itself (a parameter of any function type).


def get_function_name[func_type: AnyType, //, func: func_type]() -> StaticString:
    """The function's name as its source declares it (`process_data`)."""
    return StaticString(comptime(__builtin.function_name[func]))


def get_linkage_name[func_type: AnyType, //, func: func_type]() -> StaticString:
    """The symbol the function's instance has in the object file (unique
    per instance, unlike its source name)."""
    return StaticString(comptime(__builtin.function_linkage_name[func]))
