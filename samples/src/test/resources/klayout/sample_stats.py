# For each GDS file in input.json {"files": [...]}: per layer of the top cell, flattened polygon
# count, text count and merged area in um2, written to output as JSON. Run by SamplesVsKLayoutTest.
import json
import pya

with open(input) as f:
    files = json.load(f)["files"]
result = {}
for path in files:
    ly = pya.Layout()
    ly.read(path)
    top = ly.top_cell()
    layers = {}
    for li in ly.layer_indexes():
        info = ly.get_info(li)
        region = pya.Region(top.begin_shapes_rec(li))
        texts = pya.Texts(top.begin_shapes_rec(li))
        if region.count() == 0 and texts.count() == 0:
            continue
        layers["%d/%d" % (info.layer, info.datatype)] = [region.count(), texts.count(),
                                                         region.merged().area() * ly.dbu * ly.dbu]
    result[path] = {"top": top.name, "layers": layers}
with open(output, "w") as f:
    json.dump(result, f)
