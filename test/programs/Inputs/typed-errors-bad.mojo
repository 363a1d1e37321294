@fieldwise_init
struct ParseError(Copyable, Writable):
    var line: Int

def parse() raises ParseError -> Int:
    raise ParseError(1)

def mixed() raises:
    try:
        _ = parse()
        raise "plain"
    except e:
        print(e)

def strict() raises ParseError:
        raise "untyped"

def plain() raises -> Int:
    return 1

def strict2() raises ParseError -> Int:
    return plain()

def main():
    pass
