#!/usr/bin/env python3
"""Compares `cpodrc info --format json` with KLayout's oracle answer (corpus tolerances).
Usage: compare.py OURS.json ORACLE.json ; exit 0 when they agree."""
import json, sys
ours, ref = (json.load(open(p)) for p in sys.argv[1:3])
bad = []
for k in ("dbu_um", "top_cells", "cells"):
    if ours[k] != ref[k]:
        bad.append("%s: %r != %r" % (k, ours[k], ref[k]))
mine = {(l["layer"], l["datatype"]): l for l in ours["layers"]}
theirs = {(l["layer"], l["datatype"]): l for l in ref["layers"]}
if mine.keys() != theirs.keys():
    bad.append("layers %s != %s" % (sorted(mine), sorted(theirs)))
d = ref["dbu_um"]
for key in sorted(set(mine) & set(theirs)):
    a, b = mine[key], theirs[key]
    for f in ("shapes", "texts"):
        if a[f] != b[f]:
            bad.append("%s %s: %d != %d" % (key, f, a[f], b[f]))
    if abs(a["area_um2"] - b["area_um2"]) > max(1e-6, 1e-7 * abs(b["area_um2"])):
        bad.append("%s area: %.6f != %.6f (rel %.2g)" % (key, a["area_um2"], b["area_um2"],
                   abs(a["area_um2"] - b["area_um2"]) / max(abs(b["area_um2"]), 1e-300)))
    if (a["bbox_um"] is None) != (b["bbox_um"] is None) or (a["bbox_um"] and any(
            abs(x - y) > d * 1.000001 for x, y in zip(a["bbox_um"], b["bbox_um"]))):
        bad.append("%s bbox: %s != %s" % (key, a["bbox_um"], b["bbox_um"]))
print("agree" if not bad else "DIFFER:\n  " + "\n  ".join(bad))
sys.exit(1 if bad else 0)
