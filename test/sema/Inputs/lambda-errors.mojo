def main():
    var f = lambda x: x + 1
    var g = lambda (x: Int) -> Int x
