# KLayout's side of the `check` benchmark: the same rules as bench/space_width.yaml, with KLayout's
# defaults (merged input, euclidian, angle limit 90, shielded), on the flattened layer 1/0.
#   klayout -b -r space_width_klayout.py -rd in=FILE.gds -rd out=COUNTS.json
import json, pya
ly = pya.Layout()
ly.read(globals()["in"])
top = ly.top_cell()
# merged first: on raw shapes KLayout takes another code path whose space markers differ where
# shapes abut (docs/klayout-differences.md section 1); DECK-SPEC semantics are merged input
layer = pya.Region(top.begin_shapes_rec(ly.layer(1, 0))).merged()
d = int(round(0.3 / ly.dbu))
counts = {"L1.W.1": layer.width_check(d).size(), "L1.S.1": layer.space_check(d).size()}
with open(globals()["out"], "w") as f:
    json.dump(counts, f, sort_keys=True)
