#!/usr/bin/env bash
# Load test of the reliability issue: wrk on loopback against `santekb serve` over a generated
# index while a re-index of the same folder runs and commits; every answer is checked to come from
# one commit (consistent-load.lua). Generates the records first unless given.
#   search-api/src/test/scripts/load-while-reindexing.sh [RECORDS] [DURATION] [CONNECTIONS]
#   defaults: 100000 150s 64 (long enough for the re-index to commit inside the run). Needs wrk (apt-get install wrk); takes RECORDS / ~370 s to index.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../../.." && pwd)"
RECORDS="${1:-100000}"
DURATION="${2:-150s}"
CONNECTIONS="${3:-64}"
command -v wrk >/dev/null || { echo "load test: wrk is missing (apt-get install wrk)" >&2; exit 2; }
WORK="${LOAD_WORK:-$(mktemp -d)}"
trap 'kill "${SERVER:-0}" "${REINDEX:-0}" 2>/dev/null || true' EXIT
SB="$ROOT/santekb"
[ -f "$WORK/records.jsonl" ] || "$SB" generate-corpus --count "$RECORDS" --jsonl "$WORK/records.jsonl" --seed 1
[ -f "$WORK/update.jsonl" ] || "$SB" generate-corpus --count $((RECORDS / 10)) --jsonl "$WORK/update.jsonl" --seed 2
[ -d "$WORK/index" ] || "$SB" index --jsonl "$WORK/records.jsonl" --index "$WORK/index" --quiet
PORT=$((20000 + RANDOM % 20000))
"$SB" serve --index "$WORK/index" --port "$PORT" >"$WORK/serve.log" 2>&1 &
SERVER=$!
# Opening a large index takes a while (the suggestions are built then): 98 s at 100k documents.
for _ in $(seq 1 600); do
  curl -fs "http://127.0.0.1:$PORT/api/health" >/dev/null 2>&1 && break
  sleep 1
done
echo "before: $(curl -fs "http://127.0.0.1:$PORT/api/health")"
# The re-index rewrites the served folder from the update records and commits while wrk runs.
"$SB" index --jsonl "$WORK/update.jsonl" --index "$WORK/index" --quiet >"$WORK/reindex.log" 2>&1 &
REINDEX=$!
wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --timeout 10s \
  -s "$ROOT/search-api/src/test/scripts/consistent-load.lua" "http://127.0.0.1:$PORT" | tail -n 1
wait "$REINDEX" && echo "re-index: done" || echo "re-index: exit $?"
sleep 3
echo "after: $(curl -fs "http://127.0.0.1:$PORT/api/health")"
