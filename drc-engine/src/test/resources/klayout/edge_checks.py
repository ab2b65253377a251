# Runs KLayout's own edge-pair checks (and sizing) on cases given as JSON, for the
# differential tests of cpodrc's geometry engine. Usage:
#   klayout -b -r edge_checks.py -rd input=cases.json -rd output=result.json
import json
import pya

METRICS = {"euclidian": pya.Region.Euclidian, "square": pya.Region.Square, "projection": pya.Region.Projection}


def region(polys):
    r = pya.Region()
    for p in polys:
        pts = [pya.Point(p[i], p[i + 1]) for i in range(0, len(p), 2)]
        r.insert(pya.Polygon(pts))
    # merged up front: on unmerged input KLayout 0.28 checks the raw shapes of the first layer
    # (see docs/klayout-differences.md); cpodrc always checks merged layers
    return r.merged()


def edge(e):
    return [e.p1.x, e.p1.y, e.p2.x, e.p2.y]


def run(case):
    a = region(case["a"])
    kind = case["check"]
    if kind == "merged":
        return polygons(a)
    if kind == "sized":
        return polygons(a.sized(case["d"]))
    d = case["d"]
    metrics = METRICS[case.get("metrics", "euclidian")]
    angle = case.get("angle")
    whole = case.get("whole", False)
    minp = case.get("minp")
    maxp = case.get("maxp")
    if kind == "width":
        eps = a.width_check(d, whole, metrics, angle, minp, maxp)
    elif kind == "space":
        eps = a.space_check(d, whole, metrics, angle, minp, maxp)
    elif kind == "separation":
        eps = a.separation_check(region(case["b"]), d, whole, metrics, angle, minp, maxp)
    elif kind == "enclosing":
        eps = a.enclosing_check(region(case["b"]), d, whole, metrics, angle, minp, maxp)
    else:
        raise ValueError(kind)
    b = region(case["b"])
    return {"pairs": [edge(ep.first) + edge(ep.second) for ep in eps.each()],
            "merged": [vertices(a), vertices(b)]}


def vertices(r):
    # the merged polygons' vertices: lets the test tell merge differences from check differences
    out = []
    for poly in r.each():
        out += ["%d,%d" % (pt.x, pt.y) for pt in poly.each_point_hull()]
        for h in range(poly.holes()):
            out += ["%d,%d" % (pt.x, pt.y) for pt in poly.each_point_hole(h)]
    return sorted(out)


def polygons(r):
    out = []
    for poly in r.each():
        rings = [[c for pt in poly.each_point_hull() for c in (pt.x, pt.y)]]
        for h in range(poly.holes()):
            rings.append([c for pt in poly.each_point_hole(h) for c in (pt.x, pt.y)])
        out.append(rings)
    return out


with open(input, "r") as f:
    cases = json.load(f)
with open(output, "w") as f:
    json.dump([run(c) for c in cases], f)
