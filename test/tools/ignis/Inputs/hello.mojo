# The first program: `ignis build --emit=ast examples/hello.mojo` shows its
# syntax tree (`ignis run` arrives with code generation).
def main():
    print("Hello, world!")
