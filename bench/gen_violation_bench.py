# A layout for memory per violation (BENCHMARKS.md, "Memory per violation and per vertex"):
#   klayout -b -r gen_violation_bench.py -rd out=DIR [-rd n=700]
# n x n rectangles 0.2 x 2 um on layer 1/0, 0.2 um apart in x and 0.4 um in y: under
# bench/violations.yaml (width 0.3, space 0.3) every rectangle is one width violation and,
# with its right neighbour, one space violation: about 2 n^2 edge-pair violations (980,000 for n=700).
import pya
out = globals()["out"]
n = int(globals().get("n", "700"))
ly = pya.Layout(); ly.dbu = 0.001
top = ly.create_cell("TOP")
l1 = ly.layer(1, 0)
for i in range(n):
    for j in range(n):
        x, y = i * 400, j * 2400
        top.shapes(l1).insert(pya.Box(x, y, x + 200, y + 2000))
ly.write(out + "/violations.gds")
