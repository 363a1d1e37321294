# N-body (Jovian planets and the Sun), symplectic Euler, 5,000,000 steps of
# dt = 0.01; prints the energy before and after. Same operation order as
# nbody.c: five Body variables, ten pairwise interact() calls, five move()s.
from std.math import sqrt

comptime PI = 3.141592653589793
comptime SOLAR_MASS = 4.0 * PI * PI
comptime DAYS_PER_YEAR = 365.24


@fieldwise_init
struct Body(Copyable):
    var x: Float64
    var y: Float64
    var z: Float64
    var vx: Float64
    var vy: Float64
    var vz: Float64
    var mass: Float64


def interact(mut a: Body, mut b: Body, dt: Float64):
    var dx = a.x - b.x
    var dy = a.y - b.y
    var dz = a.z - b.z
    var d2 = dx * dx + dy * dy + dz * dz
    var mag = dt / (d2 * sqrt(d2))
    a.vx -= dx * b.mass * mag
    a.vy -= dy * b.mass * mag
    a.vz -= dz * b.mass * mag
    b.vx += dx * a.mass * mag
    b.vy += dy * a.mass * mag
    b.vz += dz * a.mass * mag


def move(mut b: Body, dt: Float64):
    b.x += dt * b.vx
    b.y += dt * b.vy
    b.z += dt * b.vz


def pair_energy(a: Body, b: Body) -> Float64:
    var dx = a.x - b.x
    var dy = a.y - b.y
    var dz = a.z - b.z
    return a.mass * b.mass / sqrt(dx * dx + dy * dy + dz * dz)


def kinetic(b: Body) -> Float64:
    return 0.5 * b.mass * (b.vx * b.vx + b.vy * b.vy + b.vz * b.vz)


def energy(s: Body, j: Body, sa: Body, u: Body, n: Body) -> Float64:
    var e = kinetic(s) + kinetic(j) + kinetic(sa) + kinetic(u) + kinetic(n)
    e -= pair_energy(s, j) + pair_energy(s, sa) + pair_energy(s, u) + pair_energy(s, n)
    e -= pair_energy(j, sa) + pair_energy(j, u) + pair_energy(j, n)
    e -= pair_energy(sa, u) + pair_energy(sa, n) + pair_energy(u, n)
    return e


def main():
    var sun = Body(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, SOLAR_MASS)
    var jupiter = Body(
        4.84143144246472090e00, -1.16032004402742839e00, -1.03622044471123109e-01,
        1.66007664274403694e-03 * DAYS_PER_YEAR, 7.69901118419740425e-03 * DAYS_PER_YEAR,
        -6.90460016972063023e-05 * DAYS_PER_YEAR, 9.54791938424326609e-04 * SOLAR_MASS,
    )
    var saturn = Body(
        8.34336671824457987e00, 4.12479856412430479e00, -4.03523417114321381e-01,
        -2.76742510726862411e-03 * DAYS_PER_YEAR, 4.99852801234917238e-03 * DAYS_PER_YEAR,
        2.30417297573763929e-05 * DAYS_PER_YEAR, 2.85885980666130812e-04 * SOLAR_MASS,
    )
    var uranus = Body(
        1.28943695621391310e01, -1.51111514016986312e01, -2.23307578892655734e-01,
        2.96460137564761618e-03 * DAYS_PER_YEAR, 2.37847173959480950e-03 * DAYS_PER_YEAR,
        -2.96589568540237556e-05 * DAYS_PER_YEAR, 4.36624404335156298e-05 * SOLAR_MASS,
    )
    var neptune = Body(
        1.53796971148509165e01, -2.59193146099879641e01, 1.79258772950371181e-01,
        2.68067772490389322e-03 * DAYS_PER_YEAR, 1.62824170038242295e-03 * DAYS_PER_YEAR,
        -9.51592254519715870e-05 * DAYS_PER_YEAR, 5.15138902046611451e-05 * SOLAR_MASS,
    )
    var px = jupiter.vx * jupiter.mass + saturn.vx * saturn.mass + uranus.vx * uranus.mass + neptune.vx * neptune.mass
    var py = jupiter.vy * jupiter.mass + saturn.vy * saturn.mass + uranus.vy * uranus.mass + neptune.vy * neptune.mass
    var pz = jupiter.vz * jupiter.mass + saturn.vz * saturn.mass + uranus.vz * uranus.mass + neptune.vz * neptune.mass
    sun.vx = -px / SOLAR_MASS
    sun.vy = -py / SOLAR_MASS
    sun.vz = -pz / SOLAR_MASS

    print("energy before:", energy(sun, jupiter, saturn, uranus, neptune))
    var steps = 5000000
    var dt = 0.01
    for _ in range(steps):
        interact(sun, jupiter, dt)
        interact(sun, saturn, dt)
        interact(sun, uranus, dt)
        interact(sun, neptune, dt)
        interact(jupiter, saturn, dt)
        interact(jupiter, uranus, dt)
        interact(jupiter, neptune, dt)
        interact(saturn, uranus, dt)
        interact(saturn, neptune, dt)
        interact(uranus, neptune, dt)
        move(sun, dt)
        move(jupiter, dt)
        move(saturn, dt)
        move(uranus, dt)
        move(neptune, dt)
    print("energy after:", energy(sun, jupiter, saturn, uranus, neptune))
