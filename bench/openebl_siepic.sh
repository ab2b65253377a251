#!/usr/bin/env bash
# The SiEPIC EBeam PDK's KLayout DRC deck on the four openEBL designs of the corpus: KLayout's DRC
# engine runs the original deck (test resource drc-engine/src/test/resources/deckimport/siepic/),
# cpodrc the deck `cpodrc deck import` makes of it. Published values, and "tight" values (every
# 0.06-tol and 0.1-tol replaced by 0.5-tol: Si/Sip6nm width+space, Si_rib width at 0.499 um, which
# gives hundreds of thousands of markers). Prints, per design and value set, per-rule marker counts
# of both tools (only rules where either has markers, plus the number of rules with 0 = 0), and
# wall time (s) and peak RSS (KiB) of each run (/usr/bin/time -f '%e %M'), and the load average.
# Runs one tool at a time (each tight run takes 30 s to a few minutes).
#   bench/openebl_siepic.sh [WORKDIR] [DESIGN...]   (default /tmp/cpodrc-openebl, all four designs)
#   VALUES="published tight" (default both)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="${1:-/tmp/cpodrc-openebl}"; shift || true
corpus="$here/../shared/corpus"; [ -d "$corpus" ] || corpus=/work/shared/corpus
designs=("$@"); [ ${#designs[@]} -gt 0 ] || designs=(JinWonYoo inesmj27 lygie prozt_C)
values="${VALUES:-published tight}"
jar="$here/cli/target/cpodrc.jar"
lydrc="$here/drc-engine/src/test/resources/deckimport/siepic/SiEPIC_EBeam_DRC.lydrc"
command -v klayout >/dev/null || { echo "klayout is not installed"; exit 1; }
[ -f "$jar" ] || (cd "$here" && mvn -o -q -B -DskipTests package)
mkdir -p "$work"

# the macro's script as KLayout runs it, with input and report set from outside (as DeckImportVsKLayoutTest)
python3 - "$lydrc" "$work" <<'PY'
import sys, re, html
text = open(sys.argv[1], encoding="utf-8").read()
s = html.unescape(text[text.index("<text>") + 6:text.index("</text>")])
s = re.sub(r"(?m)^report\(.*\)$", "", s)
head = 'source($input)\nreport("siepic", $report)\n'
open(sys.argv[2] + "/published.drc", "w", encoding="utf-8").write(head + s)
open(sys.argv[2] + "/tight.drc", "w", encoding="utf-8").write(head + s.replace("0.06-tol", "0.5-tol").replace("0.1-tol", "0.5-tol"))
PY
for v in $values; do
  java -jar "$jar" deck import "$work/$v.drc" -o "$work/$v.yaml" 2>"$work/$v.import.log" || { cat "$work/$v.import.log"; exit 1; }
done

timed() { # LOG CMD...: runs CMD, writes "wall_s peak_rss_kib" to LOG
  local log="$1"; shift
  /usr/bin/time -f '%e %M' -o "$log" "$@" >/dev/null 2>&1 || true   # both exit non-zero on violations
}

for d in "${designs[@]}"; do
  gds="$corpus/openebl_EBeam_$d.gds"
  for v in $values; do
    out="$work/${d}_$v"
    load=$(cut -d' ' -f1-3 /proc/loadavg)
    timed "$out.klayout.time" klayout -b -r "$work/$v.drc" -rd input="$gds" -rd report="$out.lyrdb"
    timed "$out.cpodrc.time" java ${JAVA_OPTS:-} -jar "$jar" check "$gds" --deck "$work/$v.yaml" --quiet --report json="$out.json"
    python3 "$here/bench/rule_counts_table.py" "openebl_EBeam_$d.gds, $v values (load average before: $load)" \
      "$out.lyrdb" "$out.json" "$out.klayout.time" "$out.cpodrc.time"
  done
done
