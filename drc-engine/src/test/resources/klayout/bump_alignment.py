# Reference answers for cpodrc's bump_alignment, computed with KLayout's Region API.
# Input (text, integer database units): lines "A x y x y ..." (a bump polygon) or "B x y ..." (a
# pad polygon), and "param NAME VALUE" (max_offset in dbu, min_overlap as a ratio). Output: one
# line per kind, "KIND item item ...": boxes "x1,y1,x2,y2" of the bump (open) or pad (unmatched),
# the bump's centroid "x,y" in um (short, misaligned), read by BumpAlignmentVsKLayoutTest. Opens, shorts and unmatched pads come from
# KLayout's interacting / not_interacting; offsets from the polygons' area centroids and overlaps
# from KLayout's boolean AND.
import pya

regions = {"A": pya.Region(), "B": pya.Region()}
params = {}
with open(input, "r") as f:
    for line in f:
        parts = line.split()
        if not parts:
            continue
        if parts[0] == "param":
            params[parts[1]] = float(parts[2])
            continue
        xy = [int(v) for v in parts[1:]]
        pts = [pya.Point(xy[i], xy[i + 1]) for i in range(0, len(xy), 2)]
        regions[parts[0]].insert(pya.Polygon(pts))

bumps = regions["A"].merged()
pads = regions["B"].merged()

def box_key(box):
    return "%d,%d,%d,%d" % (box.left, box.bottom, box.right, box.top)

def centroid(poly):
    # area centroid of the hull (test shapes have no holes)
    pts = list(poly.each_point_hull())
    a = cx = cy = 0.0
    for i in range(len(pts)):
        p, q = pts[i], pts[(i + 1) % len(pts)]
        c = p.x * q.y - q.x * p.y
        a += c
        cx += (p.x + q.x) * c
        cy += (p.y + q.y) * c
    return cx / (3 * a), cy / (3 * a)

out = []
out.append("open " + " ".join(sorted(box_key(p.bbox()) for p in bumps.not_interacting(pads).each())))
def at(poly):
    x, y = centroid(poly)
    return "%.3f,%.3f" % (x / 1000.0, y / 1000.0)

out.append("short " + " ".join(sorted(at(p) for p in bumps.interacting(pads, 2).each())))
out.append("unmatched " + " ".join(sorted(box_key(p.bbox()) for p in pads.not_interacting(bumps).each())))
misaligned = []
for b in bumps.interacting(pads, 1, 1).each():
    rb = pya.Region(b)
    pad = list(pads.interacting(rb).each())[0]
    bx, by = centroid(b)
    px, py = centroid(pad)
    offset = ((bx - px) ** 2 + (by - py) ** 2) ** 0.5
    overlap = (rb & pya.Region(pad)).area()
    if offset > params["max_offset"] + 1e-6 or overlap < params["min_overlap"] * b.area() - 1e-9 * b.area():
        misaligned.append(at(b))
out.append("misaligned " + " ".join(sorted(misaligned)))
with open(output, "w") as f:
    f.write("\n".join(out) + "\n")
