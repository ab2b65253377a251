# Benchmark layouts for `cpodrc info`, written by KLayout:
#   klayout -b -r gen_bench.py -rd out=DIR
# flat.gds: 1,000,000 shapes in one cell (boxes on a jittered grid, partly overlapping,
#           45-degree and all-angle polygons, paths); hier.gds: 1,024,000 flattened shapes
#           from a 4-level hierarchy with AREFs, rotations and mirrors.
import pya, random
out = globals()["out"]
r = random.Random(1)

ly = pya.Layout(); ly.dbu = 0.001
top = ly.create_cell("FLAT")
l1, l2, l3 = ly.layer(1, 0), ly.layer(2, 0), ly.layer(3, 0)
n = 0
for i in range(1000):
    for j in range(1000):
        x, y = i * 2000 + r.randint(-300, 300), j * 2000 + r.randint(-300, 300)
        k = (i * 1000 + j) % 10
        if k < 7:
            top.shapes(l1).insert(pya.Box(x, y, x + r.randint(500, 2600), y + r.randint(500, 2600)))
        elif k < 9:
            top.shapes(l2).insert(pya.Polygon([pya.Point(x, y), pya.Point(x + 1000, y), pya.Point(x + 1500, y + 500), pya.Point(x + 500, y + 500)]))
        else:
            top.shapes(l3).insert(pya.Path([pya.Point(x, y), pya.Point(x + 1500, y), pya.Point(x + 1500, y + 1200)], 301, 150, 150, False))
        n += 1
ly.write(out + "/flat.gds")

ly = pya.Layout(); ly.dbu = 0.001
leaf = ly.create_cell("LEAF")
for k in range(16):
    x = (k % 4) * 600
    y = (k // 4) * 600
    leaf.shapes(ly.layer(1, 0)).insert(pya.Box(x, y, x + 500, y + 450))
leaf.shapes(ly.layer(2, 0)).insert(pya.Path([pya.Point(0, 0), pya.Point(2000, 1000)], 101, 0, 0, True))
leaf.shapes(ly.layer(2, 0)).insert(pya.Polygon([pya.Point(0, 2300), pya.Point(800, 2300), pya.Point(400, 2600)]))
# LEAF: 18 shapes; TILE: 8x8 LEAF = 1152; BLOCK: 4x4 TILE (one rotated 30 deg) ; TOP: AREFs of BLOCK
tile = ly.create_cell("TILE")
tile.insert(pya.CellInstArray(leaf.cell_index(), pya.Trans(0, 0), pya.Vector(2600, 0), pya.Vector(0, 2700), 8, 8))
block = ly.create_cell("BLOCK")
block.insert(pya.CellInstArray(tile.cell_index(), pya.Trans(0, 0), pya.Vector(22000, 0), pya.Vector(0, 23000), 3, 3))
block.insert(pya.CellInstArray(tile.cell_index(), pya.ICplxTrans(1.0, 30, False, 70000, 0)))
block.insert(pya.CellInstArray(tile.cell_index(), pya.ICplxTrans(1.0, 90, True, 110000, 0)))
top = ly.create_cell("HIER")
# BLOCK = 11 TILEs = 12672 shapes; 9 x 9 BLOCKs = 1,026,432 flattened shapes
top.insert(pya.CellInstArray(block.cell_index(), pya.Trans(0, 0), pya.Vector(150000, 0), pya.Vector(0, 80000), 9, 9))
ly.write(out + "/hier.gds")
