#!/usr/bin/env bash
# How costs grow with the index: indexing time, index size, and search latency in process and over
# HTTP, over indexes of the same generated records at several sizes, in one run (ScaleCurve), with
# the table, a TSV and a log-log SVG plot written to OUT (default search-api/benchmarks).
#   search-api/src/test/scripts/scale-curve.sh INDEX [INDEX...]     (smallest first)
# Each INDEX is built beforehand, e.g. for N = 10000, 100000, 1000000:
#   ./santekb generate-corpus --count N --jsonl /tmp/scale/rN.jsonl
#   SANTEKB_JAVA_OPTS="-Xmx1g" ./santekb index --jsonl /tmp/scale/rN.jsonl --index /tmp/scale/idxN --quiet
# (its run report gives the indexing time). Each index is served by its own `santekb serve` in
# -Xmx512m; the in-process searches run in one JVM holding every index, of CLIENT_HEAP (default
# 1536m: 512m per index; the completions of a 1M index are built in a 512m heap of their own by
# its server, but not beside two other indexes').
# Environment: QUERIES (default 1000) measured after WARMUP (default 200), SEED (default 1), OUT.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../../.." && pwd)"
[ $# -ge 1 ] || { sed -n '2,11p' "$0" >&2; exit 2; }
OUT="${OUT:-$ROOT/search-api/benchmarks}"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
WORK="$(mktemp -d)"
PIDS=()
trap 'for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$WORK"' EXIT
(cd "$ROOT" && mvn -B -q -o package -DskipTests -Dassembly.skipAssembly=true \
  && mvn -B -q -o test-compile -pl indexer,search-api && touch search-api/target/lib/.built)
URLS=()
for index in "$@"; do
  port=$((20000 + RANDOM % 20000))
  SANTEKB_JAVA_OPTS="-Xmx512m" "$ROOT/santekb" serve --index "$index" --port "$port" \
    >"$WORK/serve-$port.log" 2>&1 &
  PIDS+=($!)
  URLS+=("http://127.0.0.1:$port")
done
for url in "${URLS[@]}"; do # searchable, then completions built (a suggestion answers)
  for _ in $(seq 1 1200); do
    curl -fs "$url/api/suggest?q=sant" >/dev/null 2>&1 && break
    sleep 1
  done
done
echo "$(date -u '+%F %T') UTC, load $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores" >&2
IFS=,
"$JAVA_HOME/bin/java" -Xmx"${CLIENT_HEAP:-1536m}" --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED \
  -Dsantekb.root="$ROOT" -Dbench.index="$*" -Dbench.urls="${URLS[*]}" -Dbench.out="$OUT" \
  -Dbench.queries="${QUERIES:-1000}" -Dbench.warmup="${WARMUP:-200}" -Dbench.seed="${SEED:-1}" \
  -cp "$ROOT/search-api/target/test-classes:$ROOT/search-api/target/classes:$ROOT/search-api/target/lib/*" \
  fr.santekb.api.bench.ScaleCurve
unset IFS
echo "$(date -u '+%F %T') UTC, load $(cut -d' ' -f1-3 /proc/loadavg); written: $OUT/scale-curve.tsv, $OUT/scale-curve.svg" >&2
