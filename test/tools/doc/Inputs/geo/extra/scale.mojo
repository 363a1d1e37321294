def double(x: Float64) -> Float64:
    """Twice x."""
    return x * 2.0
