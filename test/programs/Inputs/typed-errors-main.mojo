@fieldwise_init
struct ParseError(Copyable, Writable):
    var line: Int

def main() raises ParseError:
    print("before")
    raise ParseError(7)
