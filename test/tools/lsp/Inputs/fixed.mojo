def first() -> Int:
    return 1
