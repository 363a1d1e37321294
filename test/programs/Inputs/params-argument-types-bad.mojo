# The second argument must have the first one's type.
def larger(lhs: SIMD, rhs: type_of(lhs)) -> type_of(lhs):
    return lhs if lhs >= rhs else rhs

def main():
    print(larger(Int32(1), Float64(2)))
