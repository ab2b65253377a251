# KLayout batch script for KLayoutCorpusTest: writes marker polygons of photonic corpus files.
# -rd jobs=FILE: lines "INPUT<TAB>MODE<TAB>OUTPUT"; MODE is "layer:L/D" (every shape of that
# layer, flattened from the top cell) or "cell:PREFIX" (the bounding box of every instance of a
# cell whose name starts with PREFIX). OUTPUT gets "dbu D" and then one polygon per line:
# x y x y ... in database units (hull only).
import pya

def write_poly(out, poly):
    out.write(" ".join("%d %d" % (p.x, p.y) for p in poly.each_point_hull()) + "\n")

for line in open(jobs):
    line = line.rstrip("\n")
    if not line:
        continue
    infile, mode, outfile = line.split("\t")
    ly = pya.Layout()
    ly.read(infile)
    top = ly.top_cell()
    with open(outfile, "w") as out:
        out.write("dbu %.9g\n" % ly.dbu)
        if mode.startswith("layer:"):
            l, d = mode[len("layer:"):].split("/")
            li = ly.find_layer(int(l), int(d))
            if li is not None:
                for it in top.begin_shapes_rec(li):
                    s = it.shape()
                    if s.is_polygon() or s.is_box() or s.is_path():
                        write_poly(out, s.polygon.transformed(it.trans()))
        elif mode.startswith("cell:"):
            prefix = mode[len("cell:"):]
            for it in top.begin_instances_rec():
                cell = it.inst_cell()
                if cell.name.startswith(prefix):
                    box = cell.bbox().transformed(it.trans() * it.inst_trans())
                    write_poly(out, pya.Polygon(box))
        else:
            raise Exception("unknown mode " + mode)
