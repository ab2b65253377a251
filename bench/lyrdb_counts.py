# Markers per category of a KLayout report database, as sorted JSON {"category": count}:
#   python3 lyrdb_counts.py REPORT.lyrdb
import json, sys, xml.etree.ElementTree as ET
counts = {}
for _, el in ET.iterparse(sys.argv[1]):
    if el.tag == "item":
        c = el.findtext("category").strip("'")
        counts[c] = counts.get(c, 0) + 1
        el.clear()
print(json.dumps(counts, sort_keys=True))
