# Places die layouts as STACK-SPEC section 2 says, with KLayout's own transformation:
# DCplxTrans(1, rotate + (180 if flip else 0), flip, x, y), in a package layout on the package
# database unit, and reports per die layer the shape and text counts, merged area and bounding
# box (the definitions of cpodrc info). Input JSON: {"dbu": um, "dies": [{"file", "flip", "rotate",
# "x", "y", "layers": [[layer, datatype], ...]}]}; output JSON: per die a list per layer.
import json
import pya

spec = json.load(open(input))
result = []
for d in spec["dies"]:
    src = pya.Layout()
    src.read(d["file"])
    pkg = pya.Layout()
    pkg.dbu = spec["dbu"]
    top = pkg.create_cell("PACKAGE")
    die = pkg.create_cell("DIE")
    die.copy_tree(src.top_cell())  # scales to the package database unit
    t = pya.DCplxTrans(1.0, d["rotate"] + (180 if d["flip"] else 0), d["flip"], d["x"], d["y"])
    top.insert(pya.DCellInstArray(die.cell_index(), t))
    layers = []
    for (l, dt) in d["layers"]:
        li = pkg.find_layer(l, dt)
        if li is None:
            layers.append({"shapes": 0, "texts": 0, "area_um2": 0.0, "bbox_um": None})
            continue
        shapes = 0
        texts = 0
        it = top.begin_shapes_rec(li)
        while not it.at_end():
            s = it.shape()
            if s.is_text():
                texts += 1
            elif s.is_box() or s.is_polygon() or s.is_path():
                shapes += 1
            it.next()
        region = pya.Region(top.begin_shapes_rec(li)).merged()
        u = pkg.dbu
        b = region.bbox()
        layers.append({"shapes": shapes, "texts": texts, "area_um2": region.area() * u * u,
                       "bbox_um": None if region.is_empty() else [b.left * u, b.bottom * u, b.right * u, b.top * u]})
    result.append(layers)
json.dump(result, open(output, "w"))
