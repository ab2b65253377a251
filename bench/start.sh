#!/usr/bin/env bash
# bench/start.sh [RUNS]: how fast ./cpodrc starts, JVM start included. Times the README's quick
# start (./cpodrc check samples/gds/p3d_p4_tsv_pitch.gds --deck builtin:photonic-3d, exit 1) and
# ./cpodrc --version, each RUNS times (default 20) with the class-data-sharing archive
# (cli/target/cpodrc.jsa, made by the build) and without it (CPODRC_CDS=off), and the check once
# more with the archive but the JIT set-up of large inputs (CPODRC_JVM=large: tiered, C2 later,
# instead of C1 alone), the five kinds of run interleaved so that a change in the machine's load hits all alike. Prints median, min and
# max of the wall time and of the CPU time (user + sys, which depends less on what else runs),
# and the load average before and after: other work on the machine lengthens the wall time.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-20}"
./cpodrc --version >/dev/null # builds the jar (and the archive) when needed
[ -f cli/target/cpodrc.jsa ] || echo "start.sh: no cli/target/cpodrc.jsa (see cli/target/cds/cds.log); 'with' = 'without'" >&2
times="$(mktemp)"
trap 'rm -f "$times"' EXIT
TIMEFORMAT='%R %U %S'
run() { # run LABEL CDS JVM ARGS...: one timed run, its line appended to $times
  local label="$1" cds="$2" jvm="$3"
  shift 3
  { time CPODRC_CDS="$cds" CPODRC_JVM="$jvm" ./cpodrc "$@" >/dev/null 2>&1; } 2>"$times.one" || true
  echo "$label $(cat "$times.one")" >>"$times"
}
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime)"
for ((i = 0; i < runs; i++)); do
  run "check-with-archive" on auto check samples/gds/p3d_p4_tsv_pitch.gds --deck builtin:photonic-3d
  run "check-without" off auto check samples/gds/p3d_p4_tsv_pitch.gds --deck builtin:photonic-3d
  run "check-archive-large-jit" on large check samples/gds/p3d_p4_tsv_pitch.gds --deck builtin:photonic-3d
  run "version-with-archive" on auto --version
  run "version-without" off auto --version
done
rm -f "$times.one"
echo "load average after:  $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime)"
echo "java: $(java -version 2>&1 | head -n 1); $(nproc 2>/dev/null || echo '?') processors; $runs runs each"
awk '
  { wall[$1] = wall[$1] " " $2; cpu[$1] = cpu[$1] " " ($3 + $4); if (!($1 in seen)) { seen[$1] = 1; order[++n] = $1 } }
  function stats(list,   a, k, i, j, t) {
    k = split(list, a, " ")
    for (i = 2; i <= k; i++) { t = a[i]; for (j = i - 1; j >= 1 && a[j] + 0 > t + 0; j--) a[j + 1] = a[j]; a[j + 1] = t }
    return sprintf("median %5.2f  min %5.2f  max %5.2f", (k % 2) ? a[(k + 1) / 2] : (a[k / 2] + a[k / 2 + 1]) / 2, a[1], a[k])
  }
  END {
    printf "%-24s %-38s %s\n", "run", "wall s", "CPU s (user+sys)"
    for (i = 1; i <= n; i++) printf "%-24s %-38s %s\n", order[i], stats(wall[order[i]]), stats(cpu[order[i]])
  }' "$times"
