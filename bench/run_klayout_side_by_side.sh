#!/usr/bin/env bash
# Side-by-side benchmark: cpodrc and KLayout's DRC engine, one after the other on the same input,
# same rules, same thread count. Checks that the marker counts per rule agree and prints wall
# time and peak RSS (/usr/bin/time -f '%e %M') of each run and the ratios to KLayout's best mode.
#   bench/run_klayout_side_by_side.sh [WORKDIR] [CASE...]
# Cases (default: boxes curved):
#   boxes   1,000,000 random boxes (bench/gen_random_boxes.py), width 0.5 + space 0.6 um
#   curved  tens of thousands of curved photonic polygons (bench/gen_curved.py),
#           width 0.5, space 0.6 on 1/0, separation 1/0 to 2/0 of 1.0 um
#   big     10,000,000 random boxes, same density and rules as `boxes` (cpodrc -Xmx8g)
# KLayout's best mode (the reference of the ratios t/KL, mem/KL) is its fastest by wall time.
# Environment: THREADS (2), KL_MODES ("tiled deep flat": KLayout's tiles(500.um), deep, flat),
# CP_TILES ("off default": cpodrc --tile off, and no --tile option), CP_JVMS (JVM option sets
# separated by '|', each a cpodrc run named jvm1, jvm2, ...; default: one run with "$JAVA_OPTS").
# cpodrc runs through the ./cpodrc launcher, as users run it: its JVM options for the input (JIT,
# collector, class-data archive), each option set given to it as JAVA_OPTS, which comes last and
# so overrides them (an empty set: the launcher's defaults, -Xmx8g).
# Both sides check the merged layers: KLayout's script merges first (bench/side_by_side_klayout.drc).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="${1:-/tmp/cpodrc-side-by-side}"
shift || true
cases=("$@")
[ ${#cases[@]} -gt 0 ] || cases=(boxes curved)
threads="${THREADS:-2}"
jar="$here/cli/target/cpodrc.jar"
command -v klayout >/dev/null || { echo "klayout is not installed"; exit 1; }
mkdir -p "$work"
if [ ! -f "$jar" ]; then (cd "$here" && mvn -q -B -DskipTests package); fi
"$here/cpodrc" --version >/dev/null   # the launcher rebuilds stale sources now, not inside a timed run

input() {   # generates the case's layout once
  case "$1" in
    boxes) [ -f "$work/boxes1m.gds" ] || klayout -b -r "$here/bench/gen_random_boxes.py" -rd out="$work/boxes1m.gds" -rd n=1000000 >/dev/null
           echo "$work/boxes1m.gds" ;;
    big)   [ -f "$work/boxes10m.gds" ] || klayout -b -r "$here/bench/gen_random_boxes.py" -rd out="$work/boxes10m.gds" -rd n=10000000 >/dev/null
           echo "$work/boxes10m.gds" ;;
    curved) [ -f "$work/curved.gds" ] || klayout -b -r "$here/bench/gen_curved.py" -rd out="$work/curved.gds" >/dev/null
           echo "$work/curved.gds" ;;
    *) echo "unknown case $1" >&2; exit 2 ;;
  esac
}

# runs a command under /usr/bin/time; prints "WALL_SECONDS PEAK_MB CPU_SECONDS" (CPU = user + system:
# on a shared machine the wall time depends on the load, the CPU time much less)
timed() {
  local t; t=$(mktemp)
  /usr/bin/time -o "$t" -f '%e %M %U %S' "$@" >/dev/null 2>&1 || true   # cpodrc exits 1 on violations
  tail -1 "$t" | awk '{printf "%.1f %.0f %.1f", $1, $2 / 1024, $3 + $4}'; rm -f "$t"
}

cpodrc_counts() {   # no report (refused up front, or out of memory: exit 3 or 5): says so, the table goes on
  [ -f "$1" ] || { echo '"no report"'; return; }
  python3 -c 'import json,sys; print(json.dumps({r["id"]: r["violations"] for r in json.load(open(sys.argv[1]))["rules"]}, sort_keys=True))' "$1"
}

echo "cpodrc: $here/cpodrc, JAVA_OPTS sets: '${CP_JVMS:-${JAVA_OPTS:-}}' (empty: the launcher's defaults)"
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1), $(klayout -v), threads $threads, $(date -u '+%F %H:%M UTC')"
printf '%-7s %-18s %8s %8s %8s %7s %7s  %s\n' case run wall_s cpu_s peak_MB t/KL mem/KL markers
for c in "${cases[@]}"; do
  gds=$(input "$c")
  deck="$here/bench/width_space.yaml"; kargs=()
  if [ "$c" = curved ]; then deck="$here/bench/curved.yaml"; kargs=(-rd sep=1.0); fi
  declare -A wall mem cpu cnt
  runs=()
  for m in ${KL_MODES:-tiled deep flat}; do
    r="klayout_$m"; runs+=("$r")
    read -r "wall[$r]" "mem[$r]" "cpu[$r]" < <(timed klayout -b -r "$here/bench/side_by_side_klayout.drc" -rd in="$gds" \
        -rd out="$work/$c.$m.lyrdb" -rd mode="$m" -rd threads="$threads" "${kargs[@]}"; echo)
    cnt[$r]=$(python3 "$here/bench/lyrdb_counts.py" "$work/$c.$m.lyrdb")
  done
  for t in ${CP_TILES:-off default}; do
    k=0
    while IFS= read -r jvm; do
      k=$((k + 1)); r="cpodrc_tile_${t}_jvm$k"; runs+=("$r")
      opt=(); [ "$t" = default ] || opt=(--tile "$t")
      rm -f "$work/$c.cpodrc.$t.jvm$k.json"   # a report left from an earlier run must not count
      read -r "wall[$r]" "mem[$r]" "cpu[$r]" < <(JAVA_OPTS="$jvm" timed "$here/cpodrc" check "$gds" --deck "$deck" \
          --report json="$work/$c.cpodrc.$t.jvm$k.json" --threads "$threads" --quiet "${opt[@]}"; echo)
      cnt[$r]=$(cpodrc_counts "$work/$c.cpodrc.$t.jvm$k.json")
    done < <(tr '|' '\n' <<< "${CP_JVMS:-${JAVA_OPTS:-}}")
  done
  # KLayout's best mode: the fastest one
  best=""; for r in "${runs[@]}"; do
    case "$r" in klayout*) if [ -z "$best" ] || (( $(echo "${wall[$r]} < ${wall[$best]}" | bc) )); then best="$r"; fi ;; esac
  done
  for r in "${runs[@]}"; do
    printf '%-7s %-18s %8s %8s %8s %7s %7s  %s\n' "$c" "$r" "${wall[$r]}" "${cpu[$r]}" "${mem[$r]}" \
      "$(echo "scale=2; ${wall[$r]} / ${wall[$best]}" | bc)" "$(echo "scale=2; ${mem[$r]} / ${mem[$best]}" | bc)" "${cnt[$r]}"
  done
  ref="${cnt[$best]}"
  for r in "${runs[@]}"; do
    [ "${cnt[$r]}" = "$ref" ] || echo "$c: $r counts ${cnt[$r]} differ from $best's $ref"
  done
  unset wall mem cpu cnt
done
