# Random boxes for the side-by-side width/space benchmark (bench/run_klayout_side_by_side.sh):
#   klayout -b -r gen_random_boxes.py -rd out=FILE.gds [-rd n=1000000] [-rd seed=1]
# n boxes on layer 1/0 in one cell, uniformly placed (fixed seed) in a square sized so that the
# average box has a 6.5 um pitch, sides 0.44-2.0 um on an even grid. Boxes overlap and abut
# freely; both tools check the merged layer. At n = 1,000,000 with width 0.5 um + space 0.6 um
# this gives about as many markers as the case.
import pya, random
out = globals()["out"]
n = int(globals().get("n", "1000000"))
r = random.Random(int(globals().get("seed", "1")))
pitch = int(globals().get("pitch", "6500"))   # database units (1 nm) per box, on average
side = int(round(pitch * (n ** 0.5)))
ly = pya.Layout(); ly.dbu = 0.001
top = ly.create_cell("BOXES")
shapes = top.shapes(ly.layer(1, 0))
ri = r.randrange
for _ in range(n):
    x, y = ri(0, side, 2), ri(0, side, 2)
    shapes.insert(pya.Box(x, y, x + ri(440, 2002, 2), y + ri(440, 2002, 2)))
ly.write(out)
