# Runs KLayout's width/space checks on one layer of a real GDS file, flattened from the top
# cell, for cpodrc's real-file differential test. Usage:
#   klayout -b -r file_checks.py -rd input=request.json -rd output=result.txt
# request: {"gds": PATH, "layer": L, "datatype": D, "checks": [["space", 200], ...]}
# "rawspace" checks the unmerged layer (cpodrc's raw-input option) and lists its pairs.
# result: per check a line "# CHECK D PAIRS RAWPAIRS", then one line of 8 integers per edge
# pair (first edge, second edge) of the check on the merged layer. RAWPAIRS is the count KLayout
# gives on the unmerged layer (see docs/klayout-differences.md section 1).
import json
import pya

with open(input, "r") as f:
    req = json.load(f)
ly = pya.Layout()
ly.read(req["gds"])
li = ly.layer(req["layer"], req["datatype"])
raw = pya.Region(ly.top_cell().begin_shapes_rec(li))
merged = raw.merged()
with open(output, "w") as f:
    for kind, d in req["checks"]:
        if kind == "width":
            eps, raw_count = merged.width_check(d), raw.width_check(d).count()
        elif kind == "space":
            eps, raw_count = merged.space_check(d), raw.space_check(d).count()
        elif kind == "rawspace":
            # the unmerged layer as a DRC deck's input(...) gives it: KLayout's local-merge path
            eps = raw.space_check(d)
            raw_count = eps.count()
        else:
            raise ValueError(kind)
        f.write("# %s %d %d %d\n" % (kind, d, eps.count(), raw_count))
        for ep in eps.each():
            a, b = ep.first, ep.second
            f.write("%d %d %d %d %d %d %d %d\n" % (a.p1.x, a.p1.y, a.p2.x, a.p2.y, b.p1.x, b.p1.y, b.p2.x, b.p2.y))
