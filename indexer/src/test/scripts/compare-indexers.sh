#!/usr/bin/env bash
# Cold indexing, side by side: ./santekb index against recollindex, omindex and the bare baseline
# (tika-app text extraction of every file, then lucene-demo IndexFiles over the text), whole
# processes, a new index folder for every run, the tools interleaved run by run (the starting tool
# rotates), medians of wall time, CPU time (user + sys, children included) and peak RSS from
# /usr/bin/time, and ratios to recollindex.
#
#   indexer/src/test/scripts/compare-indexers.sh [RUNS] [CORPUS...]
#     RUNS    runs of each tool per corpus (default 5)
#     CORPUS  shared: ../shared/corpus/{seeds,documents,contracts}, copied once to $WORK/shared
#             gen2000: ./santekb generate-corpus --count 2000 --seed 1, written once to $WORK/gen2000
#             (default: shared gen2000)
#   Environment: WORK (scratch folder, default /tmp/bench), JARS (default $WORK/jars),
#     TOOLS (default "santekb santekb-noaot recollindex omindex baseline"; santekb runs with the
#     start-up cache, SANTEKB_AOT=on, santekb-noaot without, so the cache is measured in the same
#     paired run; santekb-pdftotext is santekb with PDFs read by poppler's pdftotext,
#     -Dsantekb.pdftotext=auto, where santekb reads them with PDFBox, the default).
#
# Installs nothing. It needs, and says so when one is missing:
#   apt-get install recollcmd poppler-utils antiword python3-lxml unrtf catdoc xapian-omega time
#   mvn dependency:copy -Dartifact=org.apache.tika:tika-app:3.2.2 -DoutputDirectory=$JARS
#   mvn dependency:copy -Dartifact=org.apache.lucene:lucene-demo:10.3.0 -DoutputDirectory=$JARS
#   mvn dependency:copy -Dartifact=org.apache.lucene:lucene-core:10.3.0 -DoutputDirectory=$JARS
#   the built jars (mvn -o package -DskipTests -Dassembly.skipAssembly=true, then touch
#   search-api/target/lib/.built), and a JDK 25 for the start-up cache.
# Settings kept equal: French stemming everywhere; no OCR (santekb's default; tika-app gets a config
# without the Tesseract parser, recoll and omindex have no OCR by default); recoll without its aspell
# dictionary (noaspell = 1: santekb's spelling needs no build step). The files are read once before
# the runs so every tool finds them in the page cache.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../../.." && pwd)"
RUNS="${1:-5}"
shift || true
CORPORA=("$@")
[ ${#CORPORA[@]} -gt 0 ] || CORPORA=(shared gen2000)
WORK="${WORK:-/tmp/bench}"
JARS="${JARS:-$WORK/jars}"
read -r -a TOOLS <<<"${TOOLS:-santekb santekb-noaot recollindex omindex baseline}"
TIKA_JAR="$JARS/tika-app-3.2.2.jar"
LUCENE_CP="$JARS/lucene-core-10.3.0.jar:$JARS/lucene-demo-10.3.0.jar"
SYS_PATH=/usr/sbin:/usr/bin:/sbin:/bin # recoll's filters need the system python3 (lxml)

missing=()
for cmd in recollindex omindex pdftotext antiword unrtf catppt; do
  command -v "$cmd" >/dev/null || missing+=("$cmd")
done
[ -x /usr/bin/time ] || missing+=("/usr/bin/time (apt-get install time)")
PATH="$SYS_PATH" python3 -c 'import lxml' 2>/dev/null || missing+=("python3-lxml")
for jar in "$TIKA_JAR" "$JARS/lucene-core-10.3.0.jar" "$JARS/lucene-demo-10.3.0.jar"; do
  [ -f "$jar" ] || missing+=("$jar (mvn dependency:copy, see the header)")
done
[ -f "$ROOT/search-api/target/lib/.built" ] || missing+=("the built jars (see the header)")
if [ ${#missing[@]} -gt 0 ]; then
  printf 'compare-indexers: missing:\n' >&2
  printf '  %s\n' "${missing[@]}" >&2
  sed -n '/^# Installs nothing/,/^# Settings/p' "${BASH_SOURCE[0]}" >&2
  exit 2
fi
JAVA="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"

mkdir -p "$WORK"
prepare_corpus() { # $1: corpus name; prints its folder
  local dir="$WORK/$1"
  case "$1" in
    shared)
      if [ ! -d "$dir" ]; then
        mkdir -p "$dir"
        cp -a "$ROOT/../shared/corpus/seeds" "$ROOT/../shared/corpus/documents" \
          "$ROOT/../shared/corpus/contracts" "$dir/"
      fi ;;
    gen2000)
      [ -d "$dir" ] || "$ROOT/santekb" generate-corpus --count 2000 --out "$dir" --seed 1 >&2 ;;
    *) echo "compare-indexers: unknown corpus $1 (shared, gen2000)" >&2; exit 2 ;;
  esac
  echo "$dir"
}

cat >"$WORK/tika-no-ocr.xml" <<'EOF'
<?xml version="1.0" encoding="UTF-8"?>
<properties>
  <parsers>
    <parser class="org.apache.tika.parser.DefaultParser">
      <parser-exclude class="org.apache.tika.parser.ocr.TesseractOCRParser"/>
    </parser>
  </parsers>
</properties>
EOF

timed() { # $1: result file; rest: command. Appends "wall user sys maxrss_kb"; output to $OUT/log
  local result="$1"
  shift
  /usr/bin/time -f '%e %U %S %M' -o "$result" -a "$@" >>"$OUT/log" 2>&1 \
    || echo "compare-indexers: $* exited $?" >&2
}

run_tool() { # $1 tool, $2 corpus folder; appends to $OUT/time lines of "wall user sys rss"
  local tool="$1" corpus="$2"
  case "$tool" in
    santekb)
      timed "$OUT/time" env SANTEKB_AOT=on "$ROOT/santekb" index --source "$corpus" \
        --index "$OUT/index" --full --quiet ;;
    santekb-noaot)
      timed "$OUT/time" env SANTEKB_AOT=off "$ROOT/santekb" index --source "$corpus" \
        --index "$OUT/index" --full --quiet ;;
    santekb-pdftotext)
      timed "$OUT/time" env SANTEKB_AOT=on \
        SANTEKB_JAVA_OPTS="${SANTEKB_JAVA_OPTS:-} -Dsantekb.pdftotext=auto" "$ROOT/santekb" index \
        --source "$corpus" --index "$OUT/index" --full --quiet ;;
    recollindex)
      mkdir -p "$OUT/conf"
      printf 'topdirs = %s\nindexstemminglanguages = french\nnoaspell = 1\n' "$corpus" \
        >"$OUT/conf/recoll.conf"
      timed "$OUT/time" env PATH="$SYS_PATH" RECOLL_CONFDIR="$OUT/conf" recollindex ;;
    omindex)
      timed "$OUT/time" omindex --db "$OUT/db" --url / -s french "$corpus" ;;
    baseline)
      timed "$OUT/time" "$JAVA" -jar "$TIKA_JAR" --config="$WORK/tika-no-ocr.xml" -t \
        -i "$corpus" -o "$OUT/text"
      timed "$OUT/time" "$JAVA" -cp "$LUCENE_CP" org.apache.lucene.demo.IndexFiles \
        -index "$OUT/index" -docs "$OUT/text" ;;
    *) echo "compare-indexers: unknown tool $tool" >&2; exit 2 ;;
  esac
}

STAMP="$(date -u +%Y%m%dT%H%M%SZ)"
RESULTS="$WORK/compare-$STAMP.tsv"
printf 'corpus\trun\ttool\twall_s\tcpu_s\trss_mib\tindex_mib\tload1\n' >"$RESULTS"
echo "compare-indexers: $RUNS runs of ${TOOLS[*]} over ${CORPORA[*]}; results in $RESULTS" >&2
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
for name in "${CORPORA[@]}"; do
  corpus="$(prepare_corpus "$name")"
  find "$corpus" -type f -exec cat {} + >/dev/null # page cache, equal for every tool
  "$ROOT/santekb" --version >/dev/null 2>&1 # builds the start-up cache if it is missing
  for ((run = 1; run <= RUNS; run++)); do
    n=${#TOOLS[@]}
    for ((k = 0; k < n; k++)); do
      tool="${TOOLS[$(((k + run - 1) % n))]}"
      OUT="$WORK/out/$tool"
      rm -rf "$OUT" && mkdir -p "$OUT"
      load1="$(cut -d' ' -f1 /proc/loadavg)"
      run_tool "$tool" "$corpus"
      size_kb="$(du -sk "$OUT" | cut -f1)"
      awk -v c="$name" -v r="$run" -v t="$tool" -v s="$size_kb" -v l="$load1" \
        '{w += $1; cpu += $2 + $3; if ($4 > m) m = $4}
         END {printf "%s\t%d\t%s\t%.2f\t%.2f\t%.0f\t%.1f\t%s\n", c, r, t, w, cpu, m / 1024, s / 1024, l}' \
        "$OUT/time" >>"$RESULTS"
      tail -n 1 "$RESULTS" >&2
    done
  done
done
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
PATH="$SYS_PATH" python3 "$ROOT/indexer/src/test/scripts/compare-indexers-summary.py" "$RESULTS" \
  | tee "$WORK/compare-$STAMP.md"
