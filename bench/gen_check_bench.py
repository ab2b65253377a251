# Benchmark layouts for `cpodrc check` (space + width), written by KLayout:
#   klayout -b -r gen_check_bench.py -rd out=DIR
# Only rectangles and 45-degree polygons, every coordinate even, so that all crossings of merged
# edges fall on the grid (no snapping question): the benchmark measures speed, not rounding.
# check_flat.gds: 1,000,000 shapes in one cell on layer 1/0 (jittered grid, partly overlapping,
#                 some narrower or closer than 0.3 um);
# check_hier.gds: 1,069,200 flattened shapes from a 4-level hierarchy (AREFs, 90-degree
#                 rotations and mirrors, instances overlapping their neighbours).
import pya, random
out = globals()["out"]
r = random.Random(7)

def even(lo, hi):
    return 2 * r.randint(lo // 2, hi // 2)

def octagon(x, y, w, h, c):
    # a w x h box with 45-degree chamfers of size c at every corner
    return pya.Polygon([pya.Point(x + c, y), pya.Point(x + w - c, y), pya.Point(x + w, y + c), pya.Point(x + w, y + h - c),
                        pya.Point(x + w - c, y + h), pya.Point(x + c, y + h), pya.Point(x, y + h - c), pya.Point(x, y + c)])

def rhomb(x, y, w, h):
    # a parallelogram leaning 45 degrees
    return pya.Polygon([pya.Point(x, y), pya.Point(x + w, y), pya.Point(x + w + h, y + h), pya.Point(x + h, y + h)])

ly = pya.Layout(); ly.dbu = 0.001
top = ly.create_cell("FLAT")
l1 = ly.layer(1, 0)
for i in range(1000):
    for j in range(1000):
        x, y = i * 2000 + even(-200, 200), j * 2000 + even(-200, 200)
        k = (i * 1000 + j) % 10
        if k < 7:
            top.shapes(l1).insert(pya.Box(x, y, x + even(200, 1900), y + even(200, 1900)))
        elif k < 9:
            top.shapes(l1).insert(octagon(x, y, even(800, 1800), even(800, 1800), even(100, 300)))
        else:
            top.shapes(l1).insert(rhomb(x, y, even(200, 800), even(200, 800)))
ly.write(out + "/check_flat.gds")

ly = pya.Layout(); ly.dbu = 0.001
l1 = ly.layer(1, 0)
leaf = ly.create_cell("LEAF")
for k in range(16):
    x, y = (k % 4) * 620, (k // 4) * 620
    if k % 5 == 0:
        leaf.shapes(l1).insert(octagon(x, y, 500, 460, 120))
    elif k % 7 == 3:
        leaf.shapes(l1).insert(rhomb(x, y, 240, 300))
    else:
        leaf.shapes(l1).insert(pya.Box(x, y, x + 500 - 40 * (k % 3), y + 450 + 20 * (k % 4)))
leaf.shapes(l1).insert(pya.Box(-100, 2500, 2400, 2760))       # a rail, narrow enough to flag when rotated
leaf.shapes(l1).insert(rhomb(100, 2900, 1600, 200))
# TILE: 8x8 LEAF (rails of neighbouring leaves touch) + a rotated and a mirrored LEAF overlapping them
tile = ly.create_cell("TILE")
tile.insert(pya.CellInstArray(leaf.cell_index(), pya.Trans(0, 0), pya.Vector(2500, 0), pya.Vector(0, 3200), 8, 8))
tile.insert(pya.CellInstArray(leaf.cell_index(), pya.Trans(pya.Trans.R90, pya.Vector(9000, 4000))))
tile.insert(pya.CellInstArray(leaf.cell_index(), pya.Trans(pya.Trans.M45, pya.Vector(14000, 12000))))
block = ly.create_cell("BLOCK")
block.insert(pya.CellInstArray(tile.cell_index(), pya.Trans(0, 0), pya.Vector(20200, 0), pya.Vector(0, 25800), 3, 3))
block.insert(pya.CellInstArray(tile.cell_index(), pya.Trans(pya.Trans.R270, pya.Vector(61000, 20000))))
top = ly.create_cell("HIER")
top.insert(pya.CellInstArray(block.cell_index(), pya.Trans(0, 0), pya.Vector(90000, 0), pya.Vector(0, 80000), 9, 10))
ly.write(out + "/check_hier.gds")
n = 0
it = top.begin_shapes_rec(l1)
while not it.at_end():
    n += 1
    it.next()
print("check_hier.gds flattened shapes:", n)
