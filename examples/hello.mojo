# The first program: `ignis run examples/hello.mojo` (or `ignis build
# examples/hello.mojo -o hello` for an executable).
def main():
    print("Hello, world!")
