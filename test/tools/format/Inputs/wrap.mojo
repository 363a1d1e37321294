def short_function_name(first_argument: Int, second_argument: Int, third: Int) -> Int:
    return first_argument

def very_long_function_name_with_parameters[dtype: DType, width: Int](value: SIMD[dtype, width]) -> SIMD[dtype, width]:
    return value

def main():
    var result = some_function_with_a_long_name(argument_number_one, argument_number_two)
    var total = first_value_with_long_name + second_value_with_long_name + third_value
    if first_condition_is_true and second_condition_is_true or third_condition_holds:
        print("a message that is long enough to need wrapping on its own line here", 1)
    call_with_many_arguments(alpha_argument, beta_argument, gamma_argument, delta_argument, eps)
    var magic = [1, 2,]
    var tuple1 = (1,)
    var nested = outer_function(inner_function(argument_one, argument_two), argument_three_long)
    var comprehension = [transform(element) for element in some_long_collection_name if element]
    var text = source_string_value.strip().replace("old", "new").lower().upper().title()
    var one = table[first_index_value_name,]
    var kw = lookup[key_name=first_index_value_name,]
    return compute(value)  # a trailing comment that makes this line longer than eighty columns
