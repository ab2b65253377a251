#!/usr/bin/env bash
# Benchmark: reading + flattening an OASIS layout with repetitions, `cpodrc info --format json`
# against KLayout computing the same statistics (corpus/oracle.py) on the same file: 1,000,000
# flattened shapes (bench/gen_bench_oasis.py). The `reps` layout of bench/run.sh.
#   bench/run_oasis.sh [WORKDIR] [RUNS]      (default /tmp/cpodrc-bench, 1 run each; median reported)
exec "$(dirname "${BASH_SOURCE[0]}")/run.sh" "${1:-/tmp/cpodrc-bench}" "${2:-1}" reps
