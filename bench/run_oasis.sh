#!/usr/bin/env bash
# Benchmark: reading + flattening an OASIS layout with repetitions, `cpodrc info --format json`
# against KLayout computing the same statistics (corpus/oracle.py) on the same file: 1,000,000
# flattened shapes (bench/gen_bench_oasis.py). Checks that both agree and prints the time ratio.
#   bench/run_oasis.sh [WORKDIR] [RUNS]      (default /tmp/cpodrc-bench, 1 run each; median reported)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="${1:-/tmp/cpodrc-bench}"
runs="${2:-1}"
shared="${CPODRC_SHARED:-$here/../shared}"
oracle="$shared/corpus/oracle.py"
jar="$here/cli/target/cpodrc.jar"
command -v klayout >/dev/null || { echo "klayout is not installed"; exit 1; }
[ -f "$oracle" ] || { echo "oracle not found at $oracle (set CPODRC_SHARED)"; exit 1; }
mkdir -p "$work"
if [ ! -f "$jar" ]; then (cd "$here" && mvn -q -B -DskipTests package); fi
if [ ! -f "$work/reps.oas" ]; then
  echo "generating the benchmark layout with KLayout..."
  klayout -b -r "$here/bench/gen_bench_oasis.py" -rd out="$work" >/dev/null
fi

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
oas="$work/reps.oas"
echo "file: $oas ($(du -h "$oas" | cut -f1))"
printf '%-10s %10s %10s %8s  %s\n' layout cpodrc_s klayout_s ratio result
t_ours=$(out="$work/reps.cpodrc.json" median java ${JAVA_OPTS:--Xmx8g} -jar "$jar" info "$oas" --format json)
t_kl=$(out=/dev/null median klayout -b -r "$oracle" -rd in="$oas" -rd out="$work/reps.klayout.json")
verdict=$(python3 "$here/bench/compare.py" "$work/reps.cpodrc.json" "$work/reps.klayout.json" || true)
ratio=$(echo "scale=3; $t_ours / $t_kl" | bc)
printf '%-10s %10.2f %10.2f %8s  %s\n' reps.oas "$t_ours" "$t_kl" "$ratio" "$verdict"
