"""Plane geometry: points, shapes and
the functions that measure them.

Everything here works on `Float64` coordinates.
"""
