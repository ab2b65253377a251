# OASIS benchmark layout for `cpodrc info`, written by KLayout (compression level 2, CBLOCKs):
#   klayout -b -r gen_bench_oasis.py -rd out=DIR
# reps.oas: 1,000,000 flattened shapes that KLayout's writer stores with repetitions:
#   600,000 boxes on a regular grid (layer 1/0), 200,000 triangles on jittered rows (2/0, irregular
#   repetitions), 100,000 flush paths on a grid (3/0), and a 100-shape cell placed at 1,000
#   irregular positions (4/0, placement repetitions).
import pya, random
out = globals()["out"]
r = random.Random(7)
ly = pya.Layout(); ly.dbu = 0.001
top = ly.create_cell("REPS")
l1, l2, l3, l4 = (ly.layer(n, 0) for n in (1, 2, 3, 4))
for i in range(600):
    for j in range(1000):
        top.shapes(l1).insert(pya.Box(i * 1000, j * 1000, i * 1000 + 400, j * 1000 + 300))
for j in range(400):
    y = 1_100_000 + j * 1500
    x = 0
    for i in range(500):
        x += r.choice([900, 1000, 1100, 1300])
        top.shapes(l2).insert(pya.Polygon([pya.Point(x, y), pya.Point(x + 600, y), pya.Point(x + 300, y + 500)]))
for i in range(250):
    for j in range(400):
        x, y = -2_000_000 + i * 3000, j * 2500
        top.shapes(l3).insert(pya.Path([pya.Point(x, y), pya.Point(x + 1500, y), pya.Point(x + 1500, y + 1200)], 300, 0, 0, False))
leaf = ly.create_cell("LEAF")
for k in range(100):
    leaf.shapes(l4).insert(pya.Box((k % 10) * 500, (k // 10) * 500, (k % 10) * 500 + 300, (k // 10) * 500 + 350))
for k in range(1000):
    top.insert(pya.CellInstArray(leaf.cell_index(), pya.Trans(3_000_000 + (k % 40) * 6000 + r.randint(0, 400),
                                                                 (k // 40) * 6000 + r.randint(0, 400))))
opt = pya.SaveLayoutOptions()
opt.format = "OASIS"
opt.oasis_compression_level = 2
opt.oasis_write_cblocks = True
ly.write(out + "/reps.oas", opt)
