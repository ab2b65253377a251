# Per-rule marker counts of a KLayout DRC report and a cpodrc JSON report of the same deck, as a
# Markdown table (rules where either tool has markers; the rest counted as 0 = 0), with the time
# and peak RSS of each run from /usr/bin/time output files ('%e %M': wall time, '%U %S %M': CPU).
# cpodrc rules ID_2, ID_3 ... next to a rule ID are the parts of one joined KLayout output (deck
# import writes `a.join(b).output("ID")` as one rule per part) and are added to ID.
#   python3 rule_counts_table.py TITLE REPORT.lyrdb REPORT.json KLAYOUT.time CPODRC.time
import json, re, sys, xml.etree.ElementTree as ET

title, lyrdb, js, ktime, ctime = sys.argv[1:]
k = {}
for _, el in ET.iterparse(lyrdb):
    if el.tag == "item":
        c = el.findtext("category").strip("'")
        k[c] = k.get(c, 0) + 1
        el.clear()
rules = json.load(open(js))["rules"]
ids = {r["id"] for r in rules}
c = {}
for r in rules:
    m = re.fullmatch(r"(.+)_(\d+)", r["id"])
    rid = m.group(1) if m and m.group(1) in ids else r["id"]
    c[rid] = c.get(rid, 0) + r["violations"]


def timing(f):
    t = open(f).read().split()
    if len(t) >= 3 and "." in t[-3]:
        return "CPU / peak RSS", f"{float(t[-3]) + float(t[-2]):.1f} s / {int(t[-1]) // 1024} MiB"
    return "wall time / peak RSS", f"{t[-2]} s / {int(t[-1]) // 1024} MiB"


print(f"## {title}")
print("| rule | KLayout DRC | cpodrc | |")
print("|---|---|---|---|")
zero = 0
for r in sorted(set(k) | set(c)):
    a, b = k.get(r, 0), c.get(r, 0)
    if a == 0 and b == 0:
        zero += 1
        continue
    print(f"| {r} | {a:,} | {b:,} | {'=' if a == b else 'differs'} |")
print(f"| {zero} other rules | 0 | 0 | = |")
label, kt = timing(ktime)
print(f"| {label} | {kt} | {timing(ctime)[1]} | |")
print()
