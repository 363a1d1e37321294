"""Shapes in the plane."""

comptime Scalar = Float64
"""The coordinate type."""

comptime _hidden = 1


trait Shape(Copyable):
    """Anything with an area.

    Shapes are values: copying one copies its coordinates.
    """

    def area(self) -> Scalar:
        """The area enclosed.

        Returns:
            The area, never negative.
        """
        ...


@fieldwise_init
struct Point[dim: Int = 2](Shape, Writable):
    """A point.

    Parameters:
        dim: The number of coordinates.
    """

    var x: Scalar
    """The horizontal coordinate."""
    var y: Scalar
    var _cache: Int

    def area(self) -> Scalar:
        """A point has no area.

        Returns:
            Zero.
        """
        return 0.0

    @staticmethod
    def origin() -> Self:
        """The point (0, 0)."""
        return Self(0.0, 0.0, 0)

    def _private(self):
        pass


def distance(a: Point, b: Point) -> Scalar:
    """The Euclidean distance.

    Args:
        a: The first point.
        b: The second point,
            on a continuation line.

    Returns:
        The distance between a and b.
    """
    return 0.0


def distance[n: Int, //](ref points: List[Point], *, squared: Bool = False) raises -> Scalar:
    """The length of a path through points.

    Parameters:
        n: Unused, inferred.

    Args:
        points: The path.
        squared: Whether to skip the square root.

    Raises:
        An error when the path is empty.
    """
    return 0.0


@deprecated("use distance")
def dist(*pts: Point, **options: Int):
    """Old name."""
    pass
