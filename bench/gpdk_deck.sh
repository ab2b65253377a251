#!/usr/bin/env bash
# The gdsfactory generic PDK's KLayout DRC deck (github.com/mabrains/gdsfactory-generic-pdk,
# klayout/drc/rule_decks/*.drc, LGPL-3.0; not part of this repository: give a checkout) on real
# designs of the corpus: KLayout's DRC engine runs the deck assembled as klayout/drc/run_drc.py
# assembles it for a flat run of all tables (main.drc, every table but antenna/density/layers_def/
# tail in name order, tail.drc; layers_def.drc next to it for main.drc's `# %include`), cpodrc the
# deck `cpodrc deck import` makes of it. Value sets: "published", and "tight" (every
# `N.um, euclidian` distance times TIGHT (default 5: wg width/space 0.2 -> 1 um) and every
# `with_area(nil, A.um)` times TIGHT^2). Prints per design and value set the per-rule marker counts
# of both tools (only rules where either has markers; the parts ID, ID_2 of a joined output that
# cpodrc writes as separate rules are added up), and CPU time (user+sys s) and peak RSS of each run.
#   bench/gpdk_deck.sh CHECKOUT_DIR [WORKDIR] [DESIGN.gds...]
#   (default WORKDIR /tmp/cpodrc-gpdk; default designs: the four gplugins_*.gds of the corpus)
#   VALUES="published tight" (default both), TIGHT=5
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
checkout="${1:?usage: bench/gpdk_deck.sh CHECKOUT_DIR [WORKDIR] [DESIGN.gds...]}"; shift
work="${1:-/tmp/cpodrc-gpdk}"; shift || true
corpus="$here/../shared/corpus"; [ -d "$corpus" ] || corpus=/work/shared/corpus
designs=("$@"); [ ${#designs[@]} -gt 0 ] || designs=("$corpus"/gplugins_*.gds)
values="${VALUES:-published tight}"
tight="${TIGHT:-5}"
jar="$here/cli/target/cpodrc.jar"
decks="$checkout/klayout/drc/rule_decks"
[ -f "$decks/main.drc" ] || { echo "$decks/main.drc not found (give a checkout of mabrains/gdsfactory-generic-pdk)"; exit 2; }
command -v klayout >/dev/null || { echo "klayout is not installed"; exit 1; }
[ -f "$jar" ] || (cd "$here" && mvn -o -q -B -DskipTests package)
mkdir -p "$work"
work="$(cd "$work" && pwd)"   # KLayout resolves a relative report path against the layout's directory

# the deck as run_drc.py writes it (generate_drc_run_template, no --table), and the tight variant
cp "$decks/layers_def.drc" "$work/layers_def.drc"
tables=$(cd "$decks" && ls *.drc | grep -v -e antenna -e density -e main -e layers_def -e tail | sort)
(cd "$decks" && cat main.drc $tables tail.drc) > "$work/published.drc"
python3 - "$work" "$tight" <<'PY'
import re, sys
work, f = sys.argv[1], float(sys.argv[2])
s = open(work + "/published.drc", encoding="utf-8").read()
def num(x):  # a Ruby float literal: 1.0, 1.5, 0.75
    t = f"{x:.6g}"
    return t if "." in t or "e" in t else t + ".0"
s = re.sub(r"(\d+(?:\.\d+)?)\.um, euclidian", lambda m: num(float(m.group(1)) * f) + ".um, euclidian", s)
s = re.sub(r"with_area\(nil, (\d+(?:\.\d+)?)\.um\)", lambda m: "with_area(nil, " + num(float(m.group(1)) * f * f) + ".um)", s)
open(work + "/tight.drc", "w", encoding="utf-8").write(s)
PY
for v in $values; do
  java -jar "$jar" deck import "$work/$v.drc" -o "$work/$v.yaml" 2>"$work/$v.import.log" || { cat "$work/$v.import.log"; exit 1; }
  grep ": not translated (" "$work/$v.import.log" || echo "deck import $v.drc: every statement translated ($(tail -1 "$work/$v.import.log"))"
done

timed() { # LOG CMD...: runs CMD, writes "user sys peak_rss_kib" to LOG
  local log="$1"; shift
  /usr/bin/time -f '%U %S %M' -o "$log" "$@" >/dev/null 2>&1 || true   # both exit non-zero on violations
}

for gds in "${designs[@]}"; do
  d=$(basename "$gds" .gds)
  for v in $values; do
    out="$work/${d}_$v"
    rm -f "$out.lyrdb" "$out.json"
    timed "$out.klayout.time" klayout -b -r "$work/$v.drc" -rd input="$gds" -rd report="$out.lyrdb"
    timed "$out.cpodrc.time" java ${JAVA_OPTS:-} -jar "$jar" check "$gds" --deck "$work/$v.yaml" --quiet --report json="$out.json"
    python3 "$here/bench/rule_counts_table.py" "$d.gds, $v values" "$out.lyrdb" "$out.json" "$out.klayout.time" "$out.cpodrc.time"
  done
done
