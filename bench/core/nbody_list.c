/* N-body as nbody_list.mojo: the five bodies in a heap array with a length,
   the steps loops over indices (no bounds checks: this is C). Same loops,
   in the same order, as nbody_list.mojo; prints the energies with %.17g so
   run.sh can check they equal Ignis's bit for bit. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#define PI 3.141592653589793
#define SOLAR_MASS (4.0 * PI * PI)
#define DAYS_PER_YEAR 365.24

typedef struct {
  double x, y, z, vx, vy, vz, mass;
} Body;

static void advance(Body *bodies, long n, double dt) {
  for (long i = 0; i < n; i++) {
    for (long j = i + 1; j < n; j++) {
      double dx = bodies[i].x - bodies[j].x;
      double dy = bodies[i].y - bodies[j].y;
      double dz = bodies[i].z - bodies[j].z;
      double d2 = dx * dx + dy * dy + dz * dz;
      double mag = dt / (d2 * sqrt(d2));
      bodies[i].vx -= dx * bodies[j].mass * mag;
      bodies[i].vy -= dy * bodies[j].mass * mag;
      bodies[i].vz -= dz * bodies[j].mass * mag;
      bodies[j].vx += dx * bodies[i].mass * mag;
      bodies[j].vy += dy * bodies[i].mass * mag;
      bodies[j].vz += dz * bodies[i].mass * mag;
    }
  }
  for (long i = 0; i < n; i++) {
    bodies[i].x += dt * bodies[i].vx;
    bodies[i].y += dt * bodies[i].vy;
    bodies[i].z += dt * bodies[i].vz;
  }
}

static double energy(const Body *bodies, long n) {
  double e = 0.0;
  for (long i = 0; i < n; i++) {
    e += 0.5 * bodies[i].mass *
         (bodies[i].vx * bodies[i].vx + bodies[i].vy * bodies[i].vy +
          bodies[i].vz * bodies[i].vz);
  }
  for (long i = 0; i < n; i++) {
    double p = 0.0;
    for (long j = i + 1; j < n; j++) {
      double dx = bodies[i].x - bodies[j].x;
      double dy = bodies[i].y - bodies[j].y;
      double dz = bodies[i].z - bodies[j].z;
      p += bodies[i].mass * bodies[j].mass / sqrt(dx * dx + dy * dy + dz * dz);
    }
    e -= p;
  }
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
  long n = 5;
  Body *bodies = malloc(n * sizeof(Body));
  bodies[0] = sun;
  bodies[1] = jupiter;
  bodies[2] = saturn;
  bodies[3] = uranus;
  bodies[4] = neptune;
  double px = 0.0, py = 0.0, pz = 0.0;
  for (long i = 1; i < n; i++) {
    px += bodies[i].vx * bodies[i].mass;
    py += bodies[i].vy * bodies[i].mass;
    pz += bodies[i].vz * bodies[i].mass;
  }
  bodies[0].vx = -px / SOLAR_MASS;
  bodies[0].vy = -py / SOLAR_MASS;
  bodies[0].vz = -pz / SOLAR_MASS;

  printf("energy before: %.17g\n", energy(bodies, n));
  long steps = 5000000;
  double dt = 0.01;
  for (long s = 0; s < steps; ++s)
    advance(bodies, n, dt);
  printf("energy after: %.17g\n", energy(bodies, n));
  free(bodies);
  return 0;
}
