# 1,000,000 random boxes on layer 1/0 in one cell, for the tiled-evaluation measurements
# (bench/run_tile.sh): sizes 0.2-2.0 um, uniform over 2000 x 2000 um (about 30 % covered,
# overlapping and touching), dbu 1 nm, seed 9.
#   klayout -b -r gen_random_boxes.py -rd out=DIR        writes DIR/boxes_1m.gds
import pya, random
out = globals()["out"]
r = random.Random(9)
ly = pya.Layout(); ly.dbu = 0.001
top = ly.create_cell("BOXES")
shapes = top.shapes(ly.layer(1, 0))
for _ in range(1000000):
    x, y = r.randint(0, 2000000), r.randint(0, 2000000)
    shapes.insert(pya.Box(x, y, x + r.randint(200, 2000), y + r.randint(200, 2000)))
ly.write(out + "/boxes_1m.gds")
