# Generates seeded random hierarchical layouts with KLayout and KLayout's answer for each
# (the definitions of corpus/oracle.py). Run once for all seeds:
#   klayout -b -r random_layouts.py -rd out=DIR -rd first=0 -rd count=30
# Writes DIR/seedN.gds and DIR/seedN.json.
import pya, json, random

def oracle(ly):
    res = {"dbu_um": round(ly.dbu, 9), "top_cells": sorted(c.name for c in ly.top_cells()),
           "cells": ly.cells(), "layers": []}
    for li in ly.layer_indexes():
        info = ly.get_info(li)
        shapes = texts = 0
        reg = pya.Region()
        for top in ly.top_cells():
            it = top.begin_shapes_rec(li)
            while not it.at_end():
                s = it.shape()
                if s.is_text():
                    texts += 1
                elif s.is_polygon() or s.is_box() or s.is_path():
                    shapes += 1
                    reg.insert(s.polygon.transformed(it.trans()))
                it.next()
        if shapes == 0 and texts == 0:
            continue
        reg.merge()
        b = reg.bbox()
        d = ly.dbu
        res["layers"].append({"layer": info.layer, "datatype": info.datatype, "shapes": shapes, "texts": texts,
                              "area_um2": round(reg.area() * d * d, 6),
                              "bbox_um": [round(b.left * d, 6), round(b.bottom * d, 6), round(b.right * d, 6), round(b.top * d, 6)] if shapes else None})
    res["layers"].sort(key=lambda l: (l["layer"], l["datatype"]))
    return res

def rnd_path(r, li_cell, layer):
    n = r.randint(1, 5)
    x, y = r.randint(-3000, 3000), r.randint(-3000, 3000)
    pts = [pya.Point(x, y)]
    for _ in range(n):
        kind = r.random()
        if kind < 0.4:   # manhattan step
            if r.random() < 0.5: x += r.randint(-2000, 2000)
            else: y += r.randint(-2000, 2000)
        elif kind < 0.6:  # 45 degrees
            d = r.randint(-1500, 1500); x += d; y += d * r.choice([-1, 1])
        else:             # any angle
            x += r.randint(-2000, 2000); y += r.randint(-2000, 2000)
        pts.append(pya.Point(x, y))
    w = r.choice([1, 3, 5, 7, 9, 11, 101, 333, 2 * r.randint(1, 200) + 1, 2 * r.randint(1, 200)])
    t = r.randint(0, 3)
    if t == 0:
        p = pya.Path(pts, w, 0, 0, False)
    elif t == 1:
        p = pya.Path(pts, w, w // 2, w // 2, True)
    elif t == 2:
        p = pya.Path(pts, w, w // 2, w // 2, False)
    else:
        p = pya.Path(pts, w, r.randint(-w // 2, w), r.randint(0, 2 * w), False)
    li_cell.shapes(layer).insert(p)

def rnd_shape(r, cell, layer):
    k = r.random()
    if k < 0.3:
        x, y = r.randint(-4000, 4000), r.randint(-4000, 4000)
        cell.shapes(layer).insert(pya.Box(x, y, x + r.randint(1, 3000), y + r.randint(1, 3000)))
    elif k < 0.6:
        n = r.randint(3, 7)
        cx, cy = r.randint(-3000, 3000), r.randint(-3000, 3000)
        pts = [pya.Point(cx + r.randint(-2000, 2000), cy + r.randint(-2000, 2000)) for _ in range(n)]
        cell.shapes(layer).insert(pya.Polygon(pts, True))
    else:
        rnd_path(r, cell, layer)

def build(seed):
    r = random.Random(seed)
    ly = pya.Layout()
    ly.dbu = r.choice([0.001, 0.0005, 0.001, 0.00025])
    layers = [ly.layer(l, d) for l, d in [(1, 0), (2, 0), (3, 5), (10, 0)]]
    depth = r.randint(3, 5)
    levels = []
    flat = {}   # flattened shape count per cell, kept small so that KLayout's merge stays fast
    for lv in range(depth):
        cells = [ly.create_cell("L%d_%d" % (lv, i)) for i in range(r.randint(1, 3) if lv < depth - 1 else 1)]
        for c in cells:
            nloc = r.randint(1, 6)
            for _ in range(nloc):
                rnd_shape(r, c, r.choice(layers))
            flat[c.cell_index()] = nloc
            if r.random() < 0.4:
                c.shapes(r.choice(layers)).insert(pya.Text("t%d" % r.randint(0, 99), pya.Trans(r.randint(-3000, 3000), r.randint(-3000, 3000))))
            if lv > 0:
                for _ in range(r.randint(1, 3)):
                    child = r.choice(levels[lv - 1])
                    angle = r.choice([0, 90, 180, 270, 0, 90, 30, 45, 17.5, 135, 222.2])
                    mag = r.choice([1, 1, 1, 0.5, 1.5, 2, 3.3])
                    t = pya.ICplxTrans(mag, angle, r.random() < 0.3, r.randint(-5000, 5000), r.randint(-5000, 5000))
                    na, nb = r.randint(1, 4), r.randint(1, 3)
                    fc = flat[child.cell_index()]
                    if r.random() < 0.35 and flat[c.cell_index()] + na * nb * fc <= 3000:
                        a = pya.Vector(r.randint(500, 4000), r.choice([0, 0, r.randint(-800, 800)]))
                        b = pya.Vector(r.choice([0, 0, r.randint(-800, 800)]), r.randint(500, 4000))
                        c.insert(pya.CellInstArray(child.cell_index(), t, a, b, na, nb))
                        flat[c.cell_index()] += na * nb * fc
                    elif flat[c.cell_index()] + fc <= 3000:
                        c.insert(pya.CellInstArray(child.cell_index(), t))
                        flat[c.cell_index()] += fc
        levels.append(cells)
    return ly

out = globals()["out"]
first = int(globals().get("first", "0"))
count = int(globals().get("count", "30"))
for seed in range(first, first + count):
    ly = build(seed)
    path = "%s/seed%d.gds" % (out, seed)
    ly.write(path)
    back = pya.Layout()
    back.read(path)
    with open("%s/seed%d.json" % (out, seed), "w") as f:
        json.dump(oracle(back), f, indent=1, sort_keys=True)
