#!/usr/bin/env bash
# Tiled evaluation (docs/tiling.md): wall time and peak resident memory of `cpodrc check` with
# width 0.5 um + space 0.6 um (bench/width_space_tile.yaml) on 1,000,000 random boxes
# (bench/gen_random_boxes_dense.py), --tile off and auto, at 1, 2 and 4 threads, back to back.
#   bench/run_tile.sh [WORKDIR] [JAR]      (default /tmp/cpodrc-tile, cli/target/cpodrc.jar)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="${1:-/tmp/cpodrc-tile}"
jar="${2:-$here/cli/target/cpodrc.jar}"
mkdir -p "$work"
if [ ! -f "$work/boxes_1m.gds" ]; then klayout -b -r "$here/bench/gen_random_boxes_dense.py" -rd out="$work" >/dev/null; fi
for threads in 1 2 4; do
  for tile in off auto; do
    printf 'threads %s tile %-4s load %s: ' "$threads" "$tile" "$(cut -d' ' -f1-3 /proc/loadavg)"
    /usr/bin/time -f '%e s %M KB' java -Xmx8g -jar "$jar" check "$work/boxes_1m.gds" \
      --deck "$here/bench/width_space_tile.yaml" --threads "$threads" --tile "$tile" --quiet \
      --report json="$work/r-$threads-$tile.json" 2>&1 | tail -1 || true
  done
done
for f in "$work"/r-*.json; do cmp -s "$f" "$work/r-1-off.json" || echo "DIFFERS: $f"; done
