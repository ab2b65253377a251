#!/usr/bin/env bash
# Benchmark: `cpodrc info --format json` against KLayout computing the same statistics
# (corpus/oracle.py) on the same file. Checks that both agree and prints the time ratio.
#   bench/run.sh [WORKDIR] [RUNS] [LAYOUT...]   (default /tmp/cpodrc-bench, 3 runs each, median
#                                                reported; layouts flat and hier)
# Layouts: flat (1,000,000 shapes), hier (1,026,432 flattened shapes; both bench/gen_bench.py),
# reps (OASIS with repetitions, 1,000,000 flattened shapes; bench/gen_bench_oasis.py).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="${1:-/tmp/cpodrc-bench}"
runs="${2:-3}"
shift 2 2>/dev/null || shift $#
layouts=("$@"); [ ${#layouts[@]} -gt 0 ] || layouts=(flat hier)
shared="${CPODRC_SHARED:-$here/../shared}"
oracle="$shared/corpus/oracle.py"
jar="$here/cli/target/cpodrc.jar"
command -v klayout >/dev/null || { echo "klayout is not installed"; exit 1; }
[ -f "$oracle" ] || { echo "oracle not found at $oracle (set CPODRC_SHARED)"; exit 1; }
mkdir -p "$work"
if [ ! -f "$jar" ]; then (cd "$here" && mvn -q -B -DskipTests package); fi
file() { case "$1" in reps) echo "$work/reps.oas" ;; *) echo "$work/$1.gds" ;; esac; }
for name in "${layouts[@]}"; do
  [ -f "$(file "$name")" ] && continue
  echo "generating the $name benchmark layout with KLayout..."
  case "$name" in
    flat|hier) klayout -b -r "$here/bench/gen_bench.py" -rd out="$work" >/dev/null ;;
    reps) klayout -b -r "$here/bench/gen_bench_oasis.py" -rd out="$work" >/dev/null ;;
    *) echo "unknown layout $name (flat, hier, reps)"; exit 2 ;;
  esac
done

# runs "$@" $runs times (output to the file named by $out); prints the median wall time in seconds
median() {
  local ts=()
  for _ in $(seq "$runs"); do
    local s e
    s=$(date +%s.%N)
    "$@" > "$out" 2>/dev/null
    e=$(date +%s.%N)
    ts+=("$(echo "$e - $s" | bc)")
  done
  printf '%s\n' "${ts[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1), $(klayout -v)"
printf '%-10s %10s %10s %8s  %s\n' layout cpodrc_s klayout_s ratio result
for name in "${layouts[@]}"; do
  gds="$(file "$name")"
  echo "file: $gds ($(du -h "$gds" | cut -f1))"
  t_ours=$(out="$work/$name.cpodrc.json" median java ${JAVA_OPTS:--Xmx8g} -jar "$jar" info "$gds" --format json)
  t_kl=$(out=/dev/null median klayout -b -r "$oracle" -rd in="$gds" -rd out="$work/$name.klayout.json")
  verdict=$(python3 "$here/bench/compare.py" "$work/$name.cpodrc.json" "$work/$name.klayout.json" || true)
  ratio=$(echo "scale=3; $t_ours / $t_kl" | bc)
  printf '%-10s %10.2f %10.2f %8s  %s\n' "$name" "$t_ours" "$t_kl" "$ratio" "$verdict"
done
