# N-body as nbody.mojo, but the five bodies live in a `List[Body]` and the
# steps are loops over indices with bounds checks on (the default -D
# ASSERT=safe): advance() and energy() visit the pairs (i, j), i < j, in the
# same order as nbody.mojo's ten interact() calls, so the energies are the
# same. Same loops, in the same order, as nbody_list.c.
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


def advance(mut bodies: List[Body], dt: Float64):
    var n = len(bodies)
    for i in range(n):
        for j in range(i + 1, n):
            var dx = bodies[i].x - bodies[j].x
            var dy = bodies[i].y - bodies[j].y
            var dz = bodies[i].z - bodies[j].z
            var d2 = dx * dx + dy * dy + dz * dz
            var mag = dt / (d2 * sqrt(d2))
            bodies[i].vx -= dx * bodies[j].mass * mag
            bodies[i].vy -= dy * bodies[j].mass * mag
            bodies[i].vz -= dz * bodies[j].mass * mag
            bodies[j].vx += dx * bodies[i].mass * mag
            bodies[j].vy += dy * bodies[i].mass * mag
            bodies[j].vz += dz * bodies[i].mass * mag
    for i in range(n):
        bodies[i].x += dt * bodies[i].vx
        bodies[i].y += dt * bodies[i].vy
        bodies[i].z += dt * bodies[i].vz


def energy(bodies: List[Body]) -> Float64:
    var n = len(bodies)
    var e = 0.0
    for i in range(n):
        e += 0.5 * bodies[i].mass * (
            bodies[i].vx * bodies[i].vx + bodies[i].vy * bodies[i].vy + bodies[i].vz * bodies[i].vz
        )
    for i in range(n):
        var p = 0.0
        for j in range(i + 1, n):
            var dx = bodies[i].x - bodies[j].x
            var dy = bodies[i].y - bodies[j].y
            var dz = bodies[i].z - bodies[j].z
            p += bodies[i].mass * bodies[j].mass / sqrt(dx * dx + dy * dy + dz * dz)
        e -= p
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
    var bodies = List[Body]()
    bodies.append(sun.copy())
    bodies.append(jupiter.copy())
    bodies.append(saturn.copy())
    bodies.append(uranus.copy())
    bodies.append(neptune.copy())
    var px = 0.0
    var py = 0.0
    var pz = 0.0
    for i in range(1, len(bodies)):
        px += bodies[i].vx * bodies[i].mass
        py += bodies[i].vy * bodies[i].mass
        pz += bodies[i].vz * bodies[i].mass
    bodies[0].vx = -px / SOLAR_MASS
    bodies[0].vy = -py / SOLAR_MASS
    bodies[0].vz = -pz / SOLAR_MASS

    print("energy before:", energy(bodies))
    var steps = 5000000
    var dt = 0.01
    for _ in range(steps):
        advance(bodies, dt)
    print("energy after:", energy(bodies))
