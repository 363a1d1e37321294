/* N-body (Jovian planets and the Sun), symplectic Euler, 5,000,000 steps of
   dt = 0.01; same structure and operation order as nbody.mojo. Prints the
   energies with %.17g so run.sh can check they equal Ignis's bit for bit. */
#include <math.h>
#include <stdio.h>

#define PI 3.141592653589793
#define SOLAR_MASS (4.0 * PI * PI)
#define DAYS_PER_YEAR 365.24

typedef struct {
  double x, y, z, vx, vy, vz, mass;
} Body;

static void interact(Body *a, Body *b, double dt) {
  double dx = a->x - b->x;
  double dy = a->y - b->y;
  double dz = a->z - b->z;
  double d2 = dx * dx + dy * dy + dz * dz;
  double mag = dt / (d2 * sqrt(d2));
  a->vx -= dx * b->mass * mag;
  a->vy -= dy * b->mass * mag;
  a->vz -= dz * b->mass * mag;
  b->vx += dx * a->mass * mag;
  b->vy += dy * a->mass * mag;
  b->vz += dz * a->mass * mag;
}

static void move(Body *b, double dt) {
  b->x += dt * b->vx;
  b->y += dt * b->vy;
  b->z += dt * b->vz;
}

static double pair_energy(const Body *a, const Body *b) {
  double dx = a->x - b->x;
  double dy = a->y - b->y;
  double dz = a->z - b->z;
  return a->mass * b->mass / sqrt(dx * dx + dy * dy + dz * dz);
}

static double kinetic(const Body *b) {
  return 0.5 * b->mass * (b->vx * b->vx + b->vy * b->vy + b->vz * b->vz);
}

static double energy(const Body *s, const Body *j, const Body *sa,
                     const Body *u, const Body *n) {
  double e = kinetic(s) + kinetic(j) + kinetic(sa) + kinetic(u) + kinetic(n);
  e -= pair_energy(s, j) + pair_energy(s, sa) + pair_energy(s, u) +
       pair_energy(s, n);
  e -= pair_energy(j, sa) + pair_energy(j, u) + pair_energy(j, n);
  e -= pair_energy(sa, u) + pair_energy(sa, n) + pair_energy(u, n);
  return e;
}

int main(void) {
  Body sun = {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, SOLAR_MASS};
  Body jupiter = {4.84143144246472090e00, -1.16032004402742839e00,
                  -1.03622044471123109e-01,
                  1.66007664274403694e-03 * DAYS_PER_YEAR,
                  7.69901118419740425e-03 * DAYS_PER_YEAR,
                  -6.90460016972063023e-05 * DAYS_PER_YEAR,
                  9.54791938424326609e-04 * SOLAR_MASS};
  Body saturn = {8.34336671824457987e00, 4.12479856412430479e00,
                 -4.03523417114321381e-01,
                 -2.76742510726862411e-03 * DAYS_PER_YEAR,
                 4.99852801234917238e-03 * DAYS_PER_YEAR,
                 2.30417297573763929e-05 * DAYS_PER_YEAR,
                 2.85885980666130812e-04 * SOLAR_MASS};
  Body uranus = {1.28943695621391310e01, -1.51111514016986312e01,
                 -2.23307578892655734e-01,
                 2.96460137564761618e-03 * DAYS_PER_YEAR,
                 2.37847173959480950e-03 * DAYS_PER_YEAR,
                 -2.96589568540237556e-05 * DAYS_PER_YEAR,
                 4.36624404335156298e-05 * SOLAR_MASS};
  Body neptune = {1.53796971148509165e01, -2.59193146099879641e01,
                  1.79258772950371181e-01,
                  2.68067772490389322e-03 * DAYS_PER_YEAR,
                  1.62824170038242295e-03 * DAYS_PER_YEAR,
                  -9.51592254519715870e-05 * DAYS_PER_YEAR,
                  5.15138902046611451e-05 * SOLAR_MASS};
  double px = jupiter.vx * jupiter.mass + saturn.vx * saturn.mass +
              uranus.vx * uranus.mass + neptune.vx * neptune.mass;
  double py = jupiter.vy * jupiter.mass + saturn.vy * saturn.mass +
              uranus.vy * uranus.mass + neptune.vy * neptune.mass;
  double pz = jupiter.vz * jupiter.mass + saturn.vz * saturn.mass +
              uranus.vz * uranus.mass + neptune.vz * neptune.mass;
  sun.vx = -px / SOLAR_MASS;
  sun.vy = -py / SOLAR_MASS;
  sun.vz = -pz / SOLAR_MASS;

  printf("energy before: %.17g\n",
         energy(&sun, &jupiter, &saturn, &uranus, &neptune));
  long steps = 5000000;
  double dt = 0.01;
  for (long i = 0; i < steps; ++i) {
    interact(&sun, &jupiter, dt);
    interact(&sun, &saturn, dt);
    interact(&sun, &uranus, dt);
    interact(&sun, &neptune, dt);
    interact(&jupiter, &saturn, dt);
    interact(&jupiter, &uranus, dt);
    interact(&jupiter, &neptune, dt);
    interact(&saturn, &uranus, dt);
    interact(&saturn, &neptune, dt);
    interact(&uranus, &neptune, dt);
    move(&sun, dt);
    move(&jupiter, dt);
    move(&saturn, dt);
    move(&uranus, dt);
    move(&neptune, dt);
  }
  printf("energy after: %.17g\n",
         energy(&sun, &jupiter, &saturn, &uranus, &neptune));
  return 0;
}
