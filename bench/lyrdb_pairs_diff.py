# Edge pairs of two KLayout report databases compared per category, as integer tuples in database
# units (edges of symmetric categories sorted, so the order of a width/space pair's edges does not
# matter), with multiplicity; prints counts and every pair found in only one of them:
#   python3 lyrdb_pairs_diff.py A.lyrdb B.lyrdb [DBU_UM (0.001)] [SYMMETRIC_CATEGORIES (W,S)]
import re, sys, xml.etree.ElementTree as ET
from collections import Counter


def load(fn, dbu, symmetric):
    out = {}
    for _, el in ET.iterparse(fn):
        if el.tag == "item":
            c = el.findtext("category").strip("'")
            for v in el.iter("value"):
                if v.text and v.text.startswith("edge-pair:"):
                    n = [round(float(x) / dbu) for x in re.findall(r"-?[\d.]+(?:e-?\d+)?", v.text[10:])]
                    e1, e2 = tuple(n[0:4]), tuple(n[4:8])
                    out.setdefault(c, Counter())[tuple(sorted((e1, e2))) if c in symmetric else (e1, e2)] += 1
            el.clear()
    return out


dbu = float(sys.argv[3]) if len(sys.argv) > 3 else 0.001
sym = set((sys.argv[4] if len(sys.argv) > 4 else "W,S").split(","))
a, b = load(sys.argv[1], dbu, sym), load(sys.argv[2], dbu, sym)
for c in sorted(set(a) | set(b)):
    ca, cb = a.get(c, Counter()), b.get(c, Counter())
    only_a, only_b = ca - cb, cb - ca
    print(f"{c}: A {sum(ca.values())} B {sum(cb.values())} only A {sum(only_a.values())} only B {sum(only_b.values())}")
    for k in sorted(only_a):
        print("  A", k)
    for k in sorted(only_b):
        print("  B", k)
