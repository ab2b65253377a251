"""Crafts the hostile and careless inputs of issue 13's table into a folder (bench/hostile_table.sh).

    python3 bench/hostile_inputs.py WORKDIR

Everything is written with the standard library: GDSII records by hand, decks and waivers as
text. The 2 GB file is sparse (no disk used); the FIFO is made by the shell script.
"""
import gzip
import os
import struct
import sys

out = sys.argv[1]
os.makedirs(out, exist_ok=True)


def path(name):
    return os.path.join(out, name)


def write(name, text, mode="w"):
    with open(path(name), mode) as f:
        f.write(text)


# ---- GDSII ----

def rec(rtype, data=b""):
    return struct.pack(">HH", 4 + len(data), rtype) + data


def string(s):
    b = s.encode()
    return b + b"\0" * (len(b) % 2)


def real8(v):
    """GDSII excess-64 base-16 real."""
    if v == 0:
        return b"\0" * 8
    sign = 0x80 if v < 0 else 0
    v = abs(v)
    exp = 64
    while v >= 1:
        v /= 16
        exp += 1
    while v < 1 / 16:
        v *= 16
        exp -= 1
    mant = int(round(v * (1 << 56)))
    if mant >= 1 << 56:
        mant >>= 4
        exp += 1
    return bytes([sign | exp]) + mant.to_bytes(7, "big")


HEADER = (rec(0x0002, struct.pack(">h", 600)) + rec(0x0102, b"\0" * 24) + rec(0x0206, string("LIB"))
          + rec(0x0305, real8(0.001) + real8(1e-9)))


def cell(name, body):
    return rec(0x0502, b"\0" * 24) + rec(0x0606, string(name)) + body + rec(0x0700)


def box(layer, x1, y1, x2, y2):
    return (rec(0x0800) + rec(0x0D02, struct.pack(">h", layer)) + rec(0x0E02, struct.pack(">h", 0))
            + rec(0x1003, struct.pack(">10i", x1, y1, x2, y1, x2, y2, x1, y2, x1, y1)) + rec(0x1100))


def sref(name, x, y, mag=None):
    body = rec(0x0A00) + rec(0x1206, string(name))
    if mag is not None:
        body += rec(0x1A01, struct.pack(">H", 0)) + rec(0x1B05, real8(mag))
    return body + rec(0x1003, struct.pack(">2i", x, y)) + rec(0x1100)


def gds(name, cells):
    with open(path(name), "wb") as f:
        f.write(HEADER + b"".join(cells) + rec(0x0400))


# the design of every deck row: EIC sticks out of PIC (one EIC.IN violation)
gds("d.gds", [cell("TOP", box(1, 0, 0, 100000, 100000) + box(2, 90000, 10000, 110000, 20000))])
# SREFs nested 5,000 deep, one square at the bottom
deep = [cell("C%d" % i, sref("C%d" % (i + 1), 10, 0)) for i in range(5000)]
deep.append(cell("C5000", box(2, 0, 0, 1000, 1000)))
gds("deep.gds", deep)
# MAG 0 and negative
for tag, mag in (("mag0", 0.0), ("magneg", -2.0)):
    gds(tag + ".gds", [cell("R", box(1, 0, 0, 10, 10)), cell("TOP", sref("R", 0, 0, mag))])
# 1,000,000 rectangles 0.5 um wide at 1 um pitch (a width and a space violation each)
with open(path("million.gds"), "wb") as f:
    f.write(HEADER + rec(0x0502, b"\0" * 24) + rec(0x0606, string("TOP")))
    chunk = []
    for i in range(1000):
        for j in range(1000):
            chunk.append(box(1, i * 1000, j * 2000, i * 1000 + 500, j * 2000 + 1500))
        f.write(b"".join(chunk))
        chunk = []
    f.write(rec(0x0700) + rec(0x0400))
# 150 x 150 placements of an EIC square and no PIC: 22,500 violations, reports of about 20 MB
# (written while the script sends SIGTERM or SIGINT)
aref = (rec(0x0B00) + rec(0x1206, string("R")) + rec(0x1302, struct.pack(">hh", 150, 150))
        + rec(0x1003, struct.pack(">6i", 0, 0, 3000, 0, 0, 3000)) + rec(0x1100))
gds("big.gds", [cell("R", box(2, 0, 0, 10, 10)), cell("TOP", aref)])
# ---- what the packed layers (geom.PolygonStore: int coordinates) make worth trying ----


def boundary(layer, pts):
    xy = b"".join(struct.pack(">2i", x, y) for x, y in pts + [pts[0]])
    return (rec(0x0800) + rec(0x0D02, struct.pack(">h", layer)) + rec(0x0E02, struct.pack(">h", 0))
            + rec(0x1003, xy) + rec(0x1100))


def aref(name, cols, rows, x, y, dx, dy):
    return (rec(0x0B00) + rec(0x1206, string(name)) + rec(0x1302, struct.pack(">hh", cols, rows))
            + rec(0x1003, struct.pack(">6i", x, y, x + cols * dx, y, x, y + rows * dy)) + rec(0x1100))


# one merged polygon of 40,000 and of 120,000 vertices: 10,000 and 30,000 teeth 0.5 um wide at
# 1 um pitch on a spine, every tooth its own box overlapping the spine (no violation of 0.2 um
# width and space)
for teeth in (10000, 30000):
    with open(path("comb%dk.gds" % (teeth // 1000)), "wb") as f:
        f.write(HEADER + rec(0x0502, b"\0" * 24) + rec(0x0606, string("TOP")) + box(1, 0, 0, teeth * 1000, 1000))
        f.write(b"".join(box(1, i * 1000, 500, i * 1000 + 500, 3000) for i in range(teeth)))
        f.write(rec(0x0700) + rec(0x0400))
# a polygon at the GDSII record limit (8,191 points with the closing one: a staircase of 4,094
# steps), placed 10 x 10 times (819,000 vertices) and 400 x 400 times (1.3 billion)
steps = 4094
stair = [(0, 0)]
for k in range(steps):
    stair += [(k * 1000, (k + 1) * 1000), ((k + 1) * 1000, (k + 1) * 1000)]
stair += [(steps * 1000, 0)]
assert len(stair) + 1 == 8191, len(stair)
for tag, n in (("stair10", 10), ("stair400", 400)):
    gds(tag + ".gds", [cell("S", boundary(1, stair)), cell("TOP", aref("S", n, n, 0, 0, 4200000, 4200000))])
# coordinates at the ends of 32 bits: boxes touching -2^31 and 2^31 - 1 (legal GDSII, checked)
gds("edge32.gds", [cell("TOP", box(1, -2147483648, -2147483648, -2147483648 + 500, -2147483648 + 500)
                          + box(1, 2147483647 - 500, 2147483647 - 500, 2147483647, 2147483647))])
# placements that move shapes beyond 32 bits: an SREF offset, an AREF's far columns, a MAG
far = cell("R", box(1, 2000000000, 0, 2000001000, 1000))
gds("far-sref.gds", [far, cell("TOP", sref("R", 2000000000, 0))])
gds("far-aref.gds", [cell("R", box(1, 1100000000, 0, 1100001000, 1000)),
                     cell("TOP", aref("R", 2, 1, 0, 0, 1070000000, 1000))])
gds("far-mag.gds", [cell("R", box(1, 0, 0, 100000, 100000)), cell("TOP", sref("R", 0, 0, 1e6))])

# gzip: CRC wrong; payload damaged
with open(path("d.gds"), "rb") as f:
    data = gzip.compress(f.read(), mtime=0)
bad = bytearray(data)
bad[-6] ^= 0x40
open(path("crc.gds.gz"), "wb").write(bytes(bad))
bad = bytearray(data)
bad[len(bad) // 2] ^= 0xFF
open(path("payload.gds.gz"), "wb").write(bytes(bad))

# ---- decks ----

DECK = """cpodrc: 1
name: t
layers:
  PIC: 1/0
  EIC: 2/0
rules:
  - id: EIC.IN
    check: inside
    layer: EIC
    container: PIC
"""
write("deck.yaml", DECK)
write("deck-seq.yaml", DECK + "description: " + "[" * 3000 + "]" * 3000 + "\n")
write("deck-map.yaml", DECK + "description: " + "{a: " * 3000 + "1" + "}" * 3000 + "\n")
# a rule on the nested expression, so it is evaluated
write("deck-parens.yaml", DECK + "  - id: X.1\n    check: count\n    layer: X\n    max: 0\n"
      + "derived:\n  X: " + "(" * 1000 + "PIC" + ")" * 1000 + "\n")
chain = "".join("  L%d: L%d\n" % (i, i - 1) for i in range(1, 5000))
write("deck-chain.yaml", DECK + "  - id: L.1\n    check: count\n    layer: L4999\n    max: 0\n"
      + "derived:\n  L0: PIC\n" + chain)
params = "".join("  p%d: ${p%d}${p%d}\n" % (i, i - 1, i - 1) for i in range(1, 60))
write("deck-params.yaml", DECK + "params:\n  p0: xx\n" + params)
write("deck-50mb-desc.yaml", DECK + 'description: "' + "x" * (50 << 20) + '"\n')
write("deck-50mb-comment.yaml", DECK + "# " + "x" * (50 << 20) + "\n")
write("deck-10mb-comment.yaml", DECK + "# " + "x" * (10 << 20) + "\n")
def width_space(name, min_um):
    return ("cpodrc: 1\nname: %s\nlayers:\n  M: 1/0\nrules:\n" % name
            + "".join("  - id: %s.1\n    check: %s\n    layer: M\n    min: %sum\n" % (rule, check, min_um)
                      for rule, check in (("W", "width"), ("S", "space"))))


write("deck-comb.yaml", width_space("c", "0.2"))
write("deck-million.yaml", width_space("m", "1"))
# extends and lyp pointing at hostile files (the shell script puts those beside)
for target in ("zero", "fifo", "sparse"):
    write("deck-extends-%s.yaml" % target, "cpodrc: 1\nname: e\nextends: %s\n" % target)
    write("deck-lyp-%s.yaml" % target, DECK.replace("layers:\n", "layers:\n  lyp: %s\n" % target))
write("deck-lyp-nested.yaml", DECK.replace("layers:\n", "layers:\n  lyp: nested.lyp\n"))
write("nested.lyp", "<layer-properties>" + "<group-members>" * 3000 + "</group-members>" * 3000
      + "</layer-properties>\n")

# ---- waivers and baselines ----

write("waivers-nested.yaml", "cpodrc-waivers: 1\nwaivers: " + "[" * 3000 + "]" * 3000 + "\n")
write("baseline-nested.json", "[" * 10000 + "]" * 10000)
BASELINE = ('{"violations": [{"rule": "EIC.IN", "cell": "TOP", "layer": "EIC", '
            '"bbox_um": [100.0, 10.0, %s, 20.0], "message": "m", "severity": "error"}]}')
write("baseline-1e400.json", BASELINE % "1e400")
write("baseline-digits.json", BASELINE % ("1" * 1000000))
# binary files as text inputs
with open(path("d.gds"), "rb") as f:
    binary = f.read()
for name in ("binary-deck.yaml", "binary-waivers.yaml", "binary-baseline.json"):
    open(path(name), "wb").write(binary)
