# Curved photonic benchmark layout (bench/run_klayout_side_by_side.sh), written by KLayout:
#   klayout -b -r gen_curved.py -rd out=FILE.gds [-rd n=70] [-rd seed=3]
# n x n devices in one flat cell, each as gdsfactory/SiEPIC draw them: many-vertex all-angle
# polygons on layer 1/0 (waveguide core) - ring resonators with a bus waveguide, Archimedean
# spirals, directional couplers of two S-bends, groups of concentric 90-degree bends - and on
# layer 2/0 a heater pad beside each device. Radii, widths, gaps and pitches are drawn with a
# fixed seed around the benchmark deck's values (bench/curved.yaml: width 0.5, space 0.6,
# separation 1/0 to 2/0 of 1.0 um), so a good part of the devices violate them.
import math, pya, random
out = globals()["out"]
n = int(globals().get("n", "70"))
r = random.Random(int(globals().get("seed", "3")))
ly = pya.Layout(); ly.dbu = 0.001
top = ly.create_cell("CURVED")
wg = top.shapes(ly.layer(1, 0))
heater = top.shapes(ly.layer(2, 0))
P = pya.DPoint

def path(points, w):
    wg.insert(pya.DPath(points, w).polygon())

def arc(cx, cy, rad, a0, a1, steps):
    return [P(cx + rad * math.cos(a0 + (a1 - a0) * k / steps), cy + rad * math.sin(a0 + (a1 - a0) * k / steps))
            for k in range(steps + 1)]

pitch = 40.0
for i in range(n):
    for j in range(n):
        x0, y0 = i * pitch, j * pitch
        kind = (i * 7 + j) % 4
        w = r.uniform(0.495, 0.6)
        if kind == 0:       # ring resonator with a straight bus waveguide
            rad = r.uniform(6, 15)
            cx, cy = x0 + 20, y0 + 20
            ring = pya.DPolygon(arc(cx, cy, rad + w / 2, 0, 2 * math.pi, 128)[:-1])
            ring.insert_hole(arc(cx, cy, rad - w / 2, 0, 2 * math.pi, 128)[:-1])
            wg.insert(ring)
            gap = r.uniform(0.58, 1.2)
            by = cy - rad - w / 2 - gap - 0.25
            path([P(x0 + 2, by), P(x0 + 38, by)], 0.5)
            heater.insert(pya.DBox(cx - 2, cy - 2, cx + 2, cy + 2 + r.uniform(-1, 1) + rad - w - 3))
        elif kind == 1:     # Archimedean spiral, three turns
            p = r.uniform(1.15, 2.0)
            pts = [P(x0 + 20 + (3 + p * t / (2 * math.pi)) * math.cos(t), y0 + 20 + (3 + p * t / (2 * math.pi)) * math.sin(t))
                   for t in [k * math.pi / 36 for k in range(3 * 72 + 1)]]
            path(pts, w)
            heater.insert(pya.DBox(x0 + 20 - 1.5, y0 + 20 - 1.5, x0 + 20 + 1.5, y0 + 20 + 1.5))
        elif kind == 2:     # directional coupler: two S-bends meeting with a small gap
            gap = r.uniform(0.58, 1.0)
            for s in (-1, 1):
                yc = y0 + 20 + s * (gap + w) / 2
                pts = [P(x0 + 2 + 36 * k / 60, yc + s * 4 * (1 + math.cos(math.pi * min(1, abs(k - 30) / 15.0))) / 2)
                       for k in range(61)]
                path(pts, w)
            heater.insert(pya.DBox(x0 + 14, y0 + 20 + gap / 2 + w + r.uniform(0.6, 1.4), x0 + 26, y0 + 26))
        else:               # three concentric 90-degree bends
            pb = r.uniform(1.13, 1.6)
            for k in range(3):
                path(arc(x0 + 4, y0 + 4, 10 + k * pb, 0, math.pi / 2, 30), w)
            heater.insert(pya.DBox(x0 + 4 + 10 + 3 * pb + r.uniform(0.3, 1.3), y0 + 4, x0 + 38, y0 + 10))
ly.write(out)
