#!/usr/bin/env bash
# Every row of issue 13's table of hostile and careless inputs, measured: crafts each input
# (bench/hostile_inputs.py), runs it through the ./cpodrc launcher (its JVM options: C1 alone, G1
# and class data sharing for small inputs; the serial collector with -Xmn32m for inputs over
# 64 KiB; CPODRC_JAR=... runs another jar with `java $JAVA_OPTS -jar` instead) under `timeout 60` and
# `/usr/bin/time -f '%e %M'`, and prints a markdown table: row, exit code, first stderr line,
# wall seconds, peak RSS in MB, and PASS/FAIL against the issue's bar — exit 3 with one located
# line naming the file (2 for a usage mistake, or the correct result), within 5 s and 1 GB.
#   bench/hostile_table.sh [WORKDIR]          (default /tmp/cpodrc-hostile; CPODRC_JAR=... another jar)
# On a loaded machine the wall time mostly measures waiting for a core (see the first row, the JVM
# starting): the cpu column (user + system seconds) is printed too, and when the load average is
# above the core count a row slower than 5 s of wall time but within 5 s of CPU reads "PASS (cpu)".
# JAVA_OPTS applies to every row (unset by default: the launcher's own, -Xmx8g) except the -Xmx rows. Run
# `mvn -o -q -B -DskipTests package` first: the launcher rebuilds when sources are newer than the jar.
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="${1:-/tmp/cpodrc-hostile}"
jar="${CPODRC_JAR:-$here/cli/target/cpodrc.jar}"
if [ -n "${CPODRC_JAR:-}" ]; then cmd=(java); else cmd=("$here/cpodrc"); fi
opts="${JAVA_OPTS:--Xmx8g}"
[ -f "$jar" ] || { echo "build first: mvn -o -q -B -DskipTests package" >&2; exit 1; }
mkdir -p "$work"
cd "$work" || exit 1
python3 "$here/bench/hostile_inputs.py" "$work"
rm -f fifo sparse zero
mkfifo fifo
truncate -s 2G sparse
ln -s /dev/zero zero
mkdir -p ro && chmod 555 ro

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores, java: $(java -version 2>&1 | head -1)"
echo
echo "| row | exit | first stderr line | wall s | cpu s | peak RSS MB | result |"
echo "|---|---|---|---|---|---|---|"
loaded=$(awk -v n="$(nproc)" '{print ($1 > n) ? 1 : 0}' /proc/loadavg)

# run NAME EXPECT XMX -- ARGS...   EXPECT: 3:FILE (exit 3, one line starting 'cpodrc: FILE'),
# 2 (usage error: one line, and the help hint), 01 (a result: exit 0 or 1, nothing on stderr),
# 5 (the heap ran out: exit 5 with the one out-of-memory line). row_timeout: seconds before a row is
# stopped (60 unless a row sets it).
last_code=0
row_timeout=60
run() {
  local name="$1" expect="$2" xmx="$3"
  shift 4
  local o="${xmx:-$opts}"
  rm -f err.txt tm.txt
  if [ -n "${CPODRC_JAR:-}" ]; then
    # shellcheck disable=SC2086
    timeout "$row_timeout" /usr/bin/time -f '%e %U %S %M' -o tm.txt java $o -jar "$jar" "$@" >out.txt 2>err.txt
  else
    # JAVA_OPTS unset unless given: a heap size in it changes the launcher's own choices (-Xms128m)
    local envs=(env -u JAVA_OPTS)
    [ -n "${xmx:-${JAVA_OPTS:-}}" ] && envs=(env "JAVA_OPTS=${xmx:-$JAVA_OPTS}")
    "${envs[@]}" timeout "$row_timeout" /usr/bin/time -f '%e %U %S %M' -o tm.txt "${cmd[@]}" "$@" >out.txt 2>err.txt
  fi
  last_code=$?
  local wall usr sys rss cpu first lines ok=PASS
  read -r wall usr sys rss < <(tail -1 tm.txt 2>/dev/null)
  # stopped by timeout: /usr/bin/time went with it and wrote nothing usable
  [[ "${wall:-}" =~ ^[0-9.]+$ && "${usr:-}" =~ ^[0-9.]+$ && "${sys:-}" =~ ^[0-9.]+$ ]] || { wall=$row_timeout; usr=0; sys=0; rss=0; }
  cpu=$(awk "BEGIN{printf \"%.2f\", $usr + $sys}")
  rss=$(( ${rss:-0} / 1024 ))
  first="$(head -1 err.txt | cut -c1-110 | sed "s#$work/##g; s/|/\\\\|/g")"
  lines=$(grep -c '' err.txt)
  case "$expect" in
    3:*) [ "$last_code" = 3 ] && [ "$lines" = 1 ] && head -1 err.txt | grep -q "^cpodrc: ${expect#3:}" || ok=FAIL ;;
    # a usage error adds picocli's "Try 'cpodrc check --help'." line
    2) [ "$last_code" = 2 ] && [ "$lines" -le 2 ] && head -1 err.txt | grep -q '^cpodrc: ' || ok=FAIL ;;
    01) { [ "$last_code" = 0 ] || [ "$last_code" = 1 ]; } && [ "$lines" = 0 ] || ok=FAIL ;;
    5) [ "$last_code" = 5 ] && [ "$lines" = 1 ] && head -1 err.txt | grep -q '^cpodrc: out of memory: ' || ok=FAIL ;;
  esac
  if [ "$last_code" = 124 ] || [ "$rss" -gt 1024 ]; then ok=FAIL; fi
  if [ "$ok" = PASS ] && awk "BEGIN{exit !($wall > 5)}"; then
    if [ "$loaded" = 1 ] && awk "BEGIN{exit !($cpu <= 5)}"; then ok="PASS (cpu)"; else ok="FAIL (time)"; fi
  fi
  echo "| $name | $last_code | ${first:--} | $wall | $cpu | $rss | $ok |"
}
# after a row: "check WHAT COMMAND..." prints a row of its own for what the files show
check() {
  local what="$1"
  shift
  if "$@"; then echo "| ↳ $what | | | | | | PASS |"; else echo "| ↳ $what | | | | | | FAIL |"; fi
}
D=(d.gds --deck deck.yaml --quiet)

# what starting the JVM costs on this machine now, for reading the wall times below
run "(JVM start: cpodrc --version)" 01 "" -- --version
run "deck nested 3,000 deep (flow sequences)" 3:deck-seq.yaml "" -- check d.gds --deck deck-seq.yaml
run "deck nested 3,000 deep (flow maps)" 3:deck-map.yaml "" -- check d.gds --deck deck-map.yaml
run "waiver file nested 3,000 deep" 3:waivers-nested.yaml "" -- check "${D[@]}" --waivers waivers-nested.yaml
run "baseline JSON nested 10,000 deep" 3:baseline-nested.json "" -- check "${D[@]}" --baseline baseline-nested.json
run ".lyp XML nested 3,000 deep" 3:nested.lyp "" -- check d.gds --deck deck-lyp-nested.yaml
run "derived expression, 1,000 parentheses" 3:deck-parens.yaml "" -- check d.gds --deck deck-parens.yaml
run "derived layers chained 5,000 deep" 3:deck-chain.yaml "" -- check d.gds --deck deck-chain.yaml
run "SREFs nested 5,000 deep: info" 01 "" -- info deep.gds
run "SREFs nested 5,000 deep: check" 01 "" -- check deep.gds --deck deck.yaml --quiet
for f in zero sparse fifo; do
  run "$f as the design" "3:$f" "" -- check "$f" --deck deck.yaml
  run "$f as the deck" "3:$f" "" -- check d.gds --deck "$f"
  run "$f as extends" "3:" "" -- check d.gds --deck "deck-extends-$f.yaml"
  run "$f as lyp" "3:" "" -- check d.gds --deck "deck-lyp-$f.yaml"
  run "$f as --waivers" "3:$f" "" -- check "${D[@]}" --waivers "$f"
  run "$f as --baseline" "3:$f" "" -- check "${D[@]}" --baseline "$f"
done
run "params doubling 60 times (unused)" 3:deck-params.yaml "" -- check d.gds --deck deck-params.yaml
run "50 MB description on one line" 3:deck-50mb-desc.yaml "" -- check d.gds --deck deck-50mb-desc.yaml
run "50 MB comment on one line" 3:deck-50mb-comment.yaml "" -- check d.gds --deck deck-50mb-comment.yaml
run "10 MB comment on one line (under the limit)" 01 "" -- check d.gds --deck deck-10mb-comment.yaml --quiet
# each rectangle has a width and six space violations (7 million): too many for these heaps, which
# hold the layers (the estimate lets -Xmx512m and -Xmx1g start); cli.HeapWatch ends the thrashing
run "1M rectangles, width+space, -Xmx256m" 3:million.gds "-Xmx256m" -- check million.gds --deck deck-million.yaml --quiet
row_timeout=150
for x in 512m 1g; do
  run "1M rectangles, width+space (7M violations), -Xmx$x" 5 "-Xmx$x" -- check million.gds --deck deck-million.yaml --quiet
done
# what the packed layers (int coordinates, geom.PolygonStore) and the vertex-counting estimate make worth trying
run "one merged polygon of 40,000 vertices (comb of 10,000 teeth)" 01 "" -- check comb10k.gds --deck deck-comb.yaml --quiet
run "one merged polygon of 120,000 vertices (comb of 30,000 teeth)" 01 "" -- check comb30k.gds --deck deck-comb.yaml --quiet
row_timeout=60
run "8,190-vertex polygon (GDSII record limit) x 100 placements" 01 "" -- check stair10.gds --deck deck-comb.yaml --quiet
run "8,190-vertex polygon x 160,000 placements (1.3e9 vertices): check" 3:stair400.gds "" -- check stair400.gds --deck deck-comb.yaml --quiet
run "8,190-vertex polygon x 160,000 placements: info" 3:stair400.gds "" -- info stair400.gds
run "shapes at -2^31 and 2^31-1" 01 "" -- check edge32.gds --deck deck-comb.yaml --quiet
run "SREF offset pushes a shape beyond 2^31" 3:far-sref.gds "" -- check far-sref.gds --deck deck-comb.yaml
run "AREF column pushes a shape beyond 2^31" 3:far-aref.gds "" -- check far-aref.gds --deck deck-comb.yaml
run "MAG 1e6 pushes a shape beyond 2^31" 3:far-mag.gds "" -- check far-mag.gds --deck deck-comb.yaml
run "gzip CRC wrong" 3:crc.gds.gz "" -- check crc.gds.gz --deck deck.yaml
run "gzip payload corrupted" 3:payload.gds.gz "" -- check payload.gds.gz --deck deck.yaml
rm -f r.json
run "same --report path for two formats" 2 "" -- check "${D[@]}" --report json=r.json --report sarif=r.json
check "nothing written to r.json" test ! -e r.json
run "report in a missing folder" 3:no/such "" -- check "${D[@]}" --report json=no/such/r.json
if [ "$(id -u)" != 0 ]; then
  run "report in a read-only folder" 3:ro/r.json "" -- check "${D[@]}" --report json=ro/r.json
fi
cp d.gds keep.gds
run "--report gds=DESIGN.gds" 2 "" -- check keep.gds --deck deck.yaml --quiet --report gds=keep.gds
check "the design is unchanged" cmp -s d.gds keep.gds
cp deck.yaml keep.yaml
run "--report json=DECK" 2 "" -- check d.gds --deck keep.yaml --quiet --report json=keep.yaml
check "the deck is unchanged" cmp -s deck.yaml keep.yaml
echo old > first.json
run "second report unwritable" 3:no/such "" -- check "${D[@]}" --report json=first.json --report sarif=no/such/r.sarif
check "the first report keeps its old content" grep -qx old first.json
run "GDS reference with MAG 0" 3:mag0.gds "" -- check mag0.gds --deck deck.yaml
run "GDS reference with MAG -2" 3:magneg.gds "" -- check magneg.gds --deck deck.yaml
run "baseline bbox 1e400" 3:baseline-1e400.json "" -- check "${D[@]}" --baseline baseline-1e400.json
run "baseline million-digit number" 3:baseline-digits.json "" -- check "${D[@]}" --baseline baseline-digits.json
run "binary file as the deck" 3:binary-deck.yaml "" -- check d.gds --deck binary-deck.yaml
run "binary file as --waivers" 3:binary-waivers.yaml "" -- check "${D[@]}" --waivers binary-waivers.yaml
run "binary file as --baseline" 3:binary-baseline.json "" -- check "${D[@]}" --baseline binary-baseline.json
# HTML twice: a layout whose derived layer comes out of overlay and merging, two threads
cat > deck-html.yaml <<'EOF'
cpodrc: 1
name: h
layers:
  PIC: 1/0
  EIC: 2/0
derived:
  BOTH: (PIC or EIC) not (EIC sized 1um)
rules:
  - id: X
    check: width
    layer: BOTH
    min: 200um
  - id: EIC.IN
    check: inside
    layer: EIC
    container: PIC
EOF
run "HTML report, run 1 (--threads 2)" 01 "" -- check d.gds --deck deck-html.yaml --quiet --threads 2 --report html=a.html
run "HTML report, run 2 (--threads 1)" 01 "" -- check d.gds --deck deck-html.yaml --quiet --threads 1 --report html=b.html
check "the HTML of both runs is byte-identical" cmp -s a.html b.html

# Ctrl-C / SIGTERM while a large report is written: signal as soon as the temporary file appears
for sig in TERM INT; do
  echo old > big.json
  start=$(date +%s.%N)
  # perl: a background job of a script ignores SIGINT, and the JVM keeps an ignored SIGINT ignored
  if [ -n "${CPODRC_JAR:-}" ]; then run_cmd=(java $opts -jar "$jar"); else run_cmd=("${cmd[@]}"); fi
  env ${JAVA_OPTS:+"JAVA_OPTS=$JAVA_OPTS"} perl -e '$SIG{INT} = "DEFAULT"; exec @ARGV' "${run_cmd[@]}" check big.gds --deck deck.yaml --quiet \
    --report json=big.json --report lyrdb=big.lyrdb 2>err.txt &
  pid=$!
  for _ in $(seq 12000); do ls -a | grep -q '^\.big\..*\.tmp$' && break; sleep 0.01; done
  kill -"$sig" "$pid"
  wait "$pid"
  code=$?
  wall=$(echo "$(date +%s.%N) - $start" | bc | cut -c1-5)
  left=$(ls -a | grep -c '^\.big\..*\.tmp$')
  ok=PASS
  { [ "$(cat big.json)" = old ] && [ "$left" = 0 ] && [ $code = $((128 + $(kill -l "$sig"))) ]; } || ok=FAIL
  echo "| SIG$sig while writing a 20 MB report (old report kept: $([ "$(cat big.json)" = old ] && echo yes || echo no), temporary files left: $left) | $code | $(head -1 err.txt | cut -c1-80) | $wall | - | - | $ok |"
done
chmod 755 ro
