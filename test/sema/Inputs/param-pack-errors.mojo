def first[*dims: Int]() -> Int:
    return dims[0]

def main():
    comptime x = 3
    print(first[*x]())
    print(first[**x]())
