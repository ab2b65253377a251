# Loads an assembled package GDS (cpodrc assemble), then a check's lyrdb and marker GDS of the same
# stack, and reports what KLayout sees: the package's top cell, the marker database's top cell and
# items (and whether each item's cell exists in the package), the layer names of the .lyp, and the
# top cells after reading the marker GDS over the package. Input JSON: {"gds", "lyrdb", "markers", "lyp"}.
import json
import pya

spec = json.load(open(input))
ly = pya.Layout()
ly.read(spec["gds"])
rdb = pya.ReportDatabase("")
rdb.load(spec["lyrdb"])
cells = {}
for c in rdb.each_cell():
    cells[c.rdb_id()] = c.name()
items = 0
in_package = 0
for item in rdb.each_item():
    items += 1
    if ly.has_cell(cells[item.cell_id()]):
        in_package += 1
lp = pya.LayoutView()
lp.load_layout(spec["gds"], True)
lp.load_layer_props(spec["lyp"])
names = []
it = lp.begin_layers()
while not it.at_end():
    names.append(it.current().name)
    it.next()
top = ly.top_cell().name
ly.read(spec["markers"])
json.dump({"top": top, "rdb_top": rdb.top_cell_name, "items": items, "items_in_package": in_package,
           "lyp_names": names, "tops_after_markers": [c.name for c in ly.top_cells()]}, open(output, "w"))
