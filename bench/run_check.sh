#!/usr/bin/env bash
# Benchmark: `cpodrc check` with a width + space deck (bench/space_width.yaml) against KLayout's
# Region.width_check / space_check with the same defaults (bench/space_width_klayout.py), on a
# flat layout of 1,000,000 shapes and a hierarchical one of 1,069,200 flattened shapes
# (bench/gen_check_bench.py: rectangles and 45-degree polygons only). Checks that both tools find
# the same number of edge pairs per rule and prints the wall times: cpodrc with 1 and 2 threads,
# KLayout, and the ratio cpodrc (2 threads) / KLayout.
#   bench/run_check.sh [WORKDIR] [RUNS]      (default /tmp/cpodrc-bench, 1 run each; median reported)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="${1:-/tmp/cpodrc-bench}"
runs="${2:-1}"
jar="$here/cli/target/cpodrc.jar"
deck="$here/bench/space_width.yaml"
command -v klayout >/dev/null || { echo "klayout is not installed"; exit 1; }
mkdir -p "$work"
if [ ! -f "$jar" ]; then (cd "$here" && mvn -q -B -DskipTests package); fi
if [ ! -f "$work/check_flat.gds" ] || [ ! -f "$work/check_hier.gds" ]; then
  echo "generating benchmark layouts with KLayout..."
  klayout -b -r "$here/bench/gen_check_bench.py" -rd out="$work" >/dev/null
fi

# runs "$@" $runs times; prints the median wall time in seconds
median() {
  local ts=()
  for _ in $(seq "$runs"); do
    local s e
    s=$(date +%s.%N)
    "$@" > /dev/null 2>&1 || true   # cpodrc exits 1 when it finds violations
    e=$(date +%s.%N)
    ts+=("$(echo "$e - $s" | bc)")
  done
  printf '%s\n' "${ts[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}

# edge pairs per rule from a cpodrc JSON report, as {"rule": count} sorted
counts() {
  python3 -c 'import json,sys; print(json.dumps({r["id"]: r["violations"] for r in json.load(open(sys.argv[1]))["rules"]}, sort_keys=True))' "$1"
}

echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1), $(klayout -v)"
printf '%-6s %9s %9s %9s %7s  %s\n' layout cpodrc_1t cpodrc_2t klayout ratio counts
for name in flat hier; do
  gds="$work/check_$name.gds"
  cp1=$(median java ${JAVA_OPTS:--Xmx8g} -jar "$jar" check "$gds" --deck "$deck" --report json="$work/$name.1t.json" --threads 1 --quiet)
  cp2=$(median java ${JAVA_OPTS:--Xmx8g} -jar "$jar" check "$gds" --deck "$deck" --report json="$work/$name.2t.json" --threads 2 --quiet)
  kl=$(median klayout -b -r "$here/bench/space_width_klayout.py" -rd in="$gds" -rd out="$work/$name.klayout.json")
  ours=$(counts "$work/$name.2t.json")
  theirs=$(python3 -c 'import json,sys; print(json.dumps(json.load(open(sys.argv[1])), sort_keys=True))' "$work/$name.klayout.json")
  cmp -s "$work/$name.1t.json" "$work/$name.2t.json" || echo "$name: 1-thread and 2-thread reports differ!"
  if [ "$ours" = "$theirs" ]; then verdict="same: $ours"; else verdict="DIFFER cpodrc $ours klayout $theirs"; fi
  printf '%-6s %9.2f %9.2f %9.2f %7s  %s\n' "$name" "$cp1" "$cp2" "$kl" "$(echo "scale=2; $cp2 / $kl" | bc)" "$verdict"
done
