# std.complex: complex numbers as SIMD vectors.
from .complex import ComplexScalar, ComplexFloat32, ComplexFloat64, ComplexSIMD, abs
