# N random boxes (default 1,000,000) on layer 1/0 in one cell, for the tiled-evaluation
# measurements (bench/run_tile.sh): sizes 0.2-2.0 um, uniform over a square of 2000 x 2000 um per
# million boxes (about 30 % covered, overlapping and touching), dbu 1 nm, seed 9.
#   klayout -b -r gen_random_boxes_dense.py -rd out=DIR [-rd n=N]   writes DIR/boxes_1m.gds (or boxes_N.gds)
import pya, random, math
out = globals()["out"]
n = int(globals().get("n", "1000000"))
side = int(2000000 * math.sqrt(n / 1000000.0))
r = random.Random(9)
ly = pya.Layout(); ly.dbu = 0.001
top = ly.create_cell("BOXES")
shapes = top.shapes(ly.layer(1, 0))
for _ in range(n):
    x, y = r.randint(0, side), r.randint(0, side)
    shapes.insert(pya.Box(x, y, x + r.randint(200, 2000), y + r.randint(200, 2000)))
ly.write(out + ("/boxes_1m.gds" if n == 1000000 else "/boxes_%d.gds" % n))
