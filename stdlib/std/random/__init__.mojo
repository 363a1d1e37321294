# std.random: pseudo-random numbers (xoshiro256** seeded by splitmix64).
from .random import (
    seed,
    random_float64,
    random_si64,
    random_ui64,
    randint,
    rand,
    randn_float64,
    randn,
    shuffle,
)
