def twice(n: Int) -> Int:
    return 2 * n
