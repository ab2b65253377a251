# Writes a .lyp with KLayout itself (plain, suffixed, unnamed and grouped entries) and lists
# every leaf entry as KLayout reads it: layer, datatype, name, source name (tab-separated).
# Run: klayout -b -r write_lyp.py -rd out=FILE.lyp   (the list goes to FILE.lyp.txt)
import pya

view = pya.LayoutView()
view.create_layout(True)


def node(name, source):
    p = pya.LayerPropertiesNode()
    if name:
        p.name = name
    p.source = source
    return p


view.insert_layer(view.end_layers(), node("WG", "1/0@1"))
view.insert_layer(view.end_layers(), node("SLAB (2/0)", "2/0@1"))
view.insert_layer(view.end_layers(), node("Heater 47/5", "47/5@1"))
view.insert_layer(view.end_layers(), node("", "3/0@1"))
group = node("metals", "*/*@*")
group.add_child(node("", "M1 41/0@1"))
group.add_child(node("M2", "42/7@1"))
view.insert_layer(view.end_layers(), group)
view.save_layer_props(out)

lines = []
it = view.begin_layers()
while not it.at_end():
    n = it.current()
    if not n.has_children():
        lines.append("%d\t%d\t%s\t%s" % (n.source_layer, n.source_datatype, n.name, n.source_name))
    it.next()
with open(out + ".txt", "w") as f:
    f.write("\n".join(lines) + "\n")
