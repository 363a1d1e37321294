def square(x: Int) -> Int:
    var y = x * x
    return y


def main():
    var total = 0
    for i in range(3):
        total += square(i)
    print(total)
