# Reference answers for cpodrc's generic checks, computed with KLayout's Region API.
# Input (text, integer database units): lines "A x y x y ..." or "B x y ..." (one polygon each),
# and "param NAME VALUE". Output: one line per answer, "KEY v1 v2 ...", read by
# GenericChecksVsKLayoutTest. Every value is computed by KLayout, never copied from cpodrc.
import pya

regions = {"A": pya.Region(), "B": pya.Region()}
params = {}
with open(input, "r") as f:
    for line in f:
        parts = line.split()
        if not parts:
            continue
        if parts[0] == "param":
            params[parts[1]] = int(parts[2])
            continue
        xy = [int(v) for v in parts[1:]]
        pts = [pya.Point(xy[i], xy[i + 1]) for i in range(0, len(xy), 2)]
        regions[parts[0]].insert(pya.Polygon(pts))

a = regions["A"].merged()
b = regions["B"].merged()
out = []

def point_segment(p, e):
    # distance of point p to segment e (KLayout 0.28's EdgePair has no distance())
    dx = e.p2.x - e.p1.x
    dy = e.p2.y - e.p1.y
    L2 = dx * dx + dy * dy
    t = 0.0 if L2 == 0 else max(0.0, min(1.0, ((p.x - e.p1.x) * dx + (p.y - e.p1.y) * dy) / L2))
    return ((e.p1.x + t * dx - p.x) ** 2 + (e.p1.y + t * dy - p.y) ** 2) ** 0.5

def pair_distance(ep):
    f, s = ep.first, ep.second
    if f.intersect(s):
        return 0.0
    return min(point_segment(f.p1, s), point_segment(f.p2, s), point_segment(s.p1, f), point_segment(s.p2, f))

def box_key(box):
    return "%d,%d,%d,%d" % (box.left, box.bottom, box.right, box.top)

# area: merged A shapes with area < amin or > amax (bounds in dbu^2, inclusive pass)
amin = params["amin"]
amax = params["amax"]
small = a.with_area(None, amin, False)            # area < amin
large = a.with_area(amax + 1, None, False)         # area > amax (areas are integers here)
out.append("area_small " + " ".join(sorted(box_key(p.bbox()) for p in small.each())))
out.append("area_large " + " ".join(sorted(box_key(p.bbox()) for p in large.each())))

# inside: pieces of A not covered by B, with their areas
rest = a - b
out.append("inside " + " ".join(sorted("%s:%d" % (box_key(p.bbox()), p.area()) for p in rest.each())))

# covered: merged A shapes not entirely inside one merged B shape
out.append("covered " + " ".join(sorted(box_key(p.bbox()) for p in a.not_inside(b).each())))

# keep_out: A shapes touching/overlapping B, or closer than d (Euclidean, no shielding)
d = params["d"]
flagged = {}
for p in a.each():
    # per shape, so each edge pair is known to belong to p (without shielding this equals the whole-layer check)
    for ep in pya.Region(p).separation_check(b, d, False, pya.Region.Euclidian, None, None, None, False).each():
        k = box_key(p.bbox())
        dist = pair_distance(ep)
        flagged[k] = min(flagged.get(k, dist), dist)
for p in a.interacting(b).each():
    flagged[box_key(p.bbox())] = 0
out.append("keep_out " + " ".join(sorted("%s:%.3f" % (k, v) for k, v in flagged.items())))

# overlap ratio of every merged A shape with B (area in dbu^2)
parts = []
for p in a.each():
    ov = (pya.Region(p) & b).area()
    parts.append("%s:%d:%d" % (box_key(p.bbox()), p.area(), ov))
out.append("overlap " + " ".join(sorted(parts)))

# count per container: merged A shapes inside each merged B shape
parts = []
for c in b.each():
    parts.append("%s:%d" % (box_key(c.bbox()), a.inside(pya.Region(c)).count()))
out.append("count_per " + " ".join(sorted(parts)))

with open(output, "w") as f:
    f.write("\n".join(out) + "\n")
