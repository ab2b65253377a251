# Seeded random layouts written by KLayout as OASIS with every save option, and KLayout's answer
# for each file (the definitions of corpus/oracle.py). Reuses random_layouts.py (same directory,
# copied beside this script) for the hierarchy, and adds what OASIS has beyond GDSII: grids and
# irregular rows of identical shapes and placements (KLayout's writer turns them into repetitions
# of every kind), circles (one-point round paths), many texts.
#   klayout -b -r random_oasis.py -rd out=DIR -rd first=0 -rd count=10
# (random_layouts.py is read from DIR unless -rd scripts=DIR2 says where.)
# Writes DIR/seedN_vK.oas and DIR/seedN_vK.json for the option variants K below.
import pya, json, random, os
_src = open(os.path.join(globals().get("scripts", globals()["out"]), "random_layouts.py")).read()
exec(_src.split("out = globals()")[0])

VARIANTS = [
    # (compression level, cblocks, strict, standard properties)
    (0, False, False, 0),
    (2, True, True, 1),
    (10, True, False, 2),
    (1, False, True, 0),
]

def add_repeated(r, ly, cell, layers):
    li = r.choice(layers)
    k = r.random()
    w, h = r.randint(1, 300), r.randint(1, 300)
    if k < 0.3:     # regular grid -> repetition types 1/2/3/8
        nx, ny = r.randint(1, 6), r.randint(1, 5)
        sx, sy = r.randint(w, 900), r.randint(h, 900)
        for i in range(nx):
            for j in range(ny):
                cell.shapes(li).insert(pya.Box(i * sx, j * sy, i * sx + w, j * sy + h))
    elif k < 0.55:  # irregular row or scatter -> repetition types 4-7, 10, 11
        x = y = 0
        diag = r.random() < 0.5
        for _ in range(r.randint(3, 8)):
            x += r.randint(w + 1, 1000)
            if diag:
                y += r.randint(-700, 700)
            cell.shapes(li).insert(pya.Box(x, y, x + w, y + h))
    elif k < 0.7:   # circles (written as CIRCLE), some repeated
        rad = r.randint(1, 400)
        for i in range(r.randint(1, 4)):
            p = pya.Point(r.randint(-3000, 3000), r.randint(-3000, 3000)) if r.random() < 0.5 else pya.Point(i * 1000, 0)
            cell.shapes(li).insert(pya.Path([p], 2 * rad, rad, rad, True))
    elif k < 0.85:  # repeated polygons and paths
        pts = [pya.Point(r.randint(-500, 500), r.randint(-500, 500)) for _ in range(r.randint(3, 6))]
        for i in range(r.randint(2, 5)):
            cell.shapes(li).insert(pya.Polygon(pts, True).moved(i * r.choice([700, 1100]), (i * i) * 37))
        for i in range(r.randint(2, 4)):
            cell.shapes(li).insert(pya.Path([pya.Point(0, i * 800), pya.Point(600, i * 800 + 300)], 40, 10, 30, False))
    else:           # texts on a grid
        for i in range(r.randint(2, 6)):
            cell.shapes(li).insert(pya.Text("T%d" % (i % 2), pya.Trans(i * 500, 300)))

def add_repeated_placements(r, ly, parent, child):
    t = r.choice([pya.ICplxTrans(1, 0, False, 0, 0), pya.ICplxTrans(1, 90, True, 0, 0),
                  pya.ICplxTrans(1.5, 30, False, 0, 0), pya.ICplxTrans(2, 270, True, 0, 0)])
    x = y = 0
    for _ in range(r.randint(2, 5)):
        x += r.randint(100, 3000)
        y += r.choice([0, r.randint(-900, 900)])
        parent.insert(pya.CellInstArray(child.cell_index(), pya.ICplxTrans(t.mag, t.angle, t.is_mirror(), x, y)))

out = globals()["out"]
first = int(globals().get("first", "0"))
count = int(globals().get("count", "10"))
for seed in range(first, first + count):
    ly = build(seed)
    for c in ly.each_cell():   # OASIS stores half-widths: KLayout refuses odd path widths
        for li in ly.layer_indexes():
            for s in c.shapes(li).each():
                if s.is_path() and s.path_width % 2 != 0:
                    s.path_width += 1
    r = random.Random(1000 + seed)
    layers = [ly.layer(l, d) for l, d in [(1, 0), (2, 0), (3, 5), (10, 0)]]
    cells = [c for c in ly.each_cell()]
    for c in cells:
        for _ in range(r.randint(1, 3)):
            add_repeated(r, ly, c, layers)
    leaf = ly.create_cell("LEAF")
    leaf.shapes(layers[0]).insert(pya.Box(0, 0, 50, 80))
    add_repeated_placements(r, ly, ly.top_cells()[0], leaf)
    for k, (level, cblocks, strict, std) in enumerate(VARIANTS):
        opt = pya.SaveLayoutOptions()
        opt.format = "OASIS"
        opt.oasis_compression_level = level
        opt.oasis_write_cblocks = cblocks
        opt.oasis_strict_mode = strict
        opt.oasis_write_std_properties = std
        path = "%s/seed%d_v%d.oas" % (out, seed, k)
        ly.write(path, opt)
        back = pya.Layout()
        back.read(path)
        with open("%s/seed%d_v%d.json" % (out, seed, k), "w") as f:
            json.dump(oracle(back), f, indent=1, sort_keys=True)
