#!/usr/bin/env bash
# API throughput: wrk on loopback against `santekb serve` over ../shared/corpus (seeds + documents),
# a mix of 16 searches over 3 pages (api-load.lua). Indexes into a temporary folder first.
#   search-api/src/test/scripts/api-load.sh [DURATION] [CONNECTIONS]      (defaults: 30s 32)
# Environment: INDEX=DIR serves that existing index instead (e.g. a generated 100,000-record one);
#   MIX=api-load-distinct.lua draws searches that are almost never repeated, so the answer cache
#   rarely holds them and the figure is the engine's (default api-load.lua: 48 requests in turn).
# Needs wrk (apt-get install wrk). Prints requests/s, p50, p99 and the number of non-2xx answers.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../../.." && pwd)"
DURATION="${1:-30s}"
CONNECTIONS="${2:-32}"
MIX="${MIX:-api-load.lua}"
command -v wrk >/dev/null || { echo "api-load: wrk is missing (apt-get install wrk)" >&2; exit 2; }
WORK="$(mktemp -d)"
trap 'kill "${SERVER:-0}" 2>/dev/null || true; rm -rf "$WORK"' EXIT
SHARED="$ROOT/../shared/corpus"
if [ -n "${INDEX:-}" ]; then
  SERVED="$INDEX"
else
  SERVED="$WORK/index"
  "$ROOT/santekb" index --source "$SHARED/seeds" --source "$SHARED/documents" --index "$SERVED" >/dev/null
fi
PORT=$((20000 + RANDOM % 20000))
"$ROOT/santekb" serve --index "$SERVED" --port "$PORT" >"$WORK/serve.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 60); do
  curl -fs "http://127.0.0.1:$PORT/api/health" >/dev/null 2>&1 && break
  sleep 1
done
echo "santekb serve on port $PORT, $(curl -fs "http://127.0.0.1:$PORT/api/health")"
# A suggestion waits until the completions are built in the background: measure after that.
curl -fs --max-time 1200 "http://127.0.0.1:$PORT/api/suggest?q=sant" >/dev/null || true
wrk -t2 -c"$CONNECTIONS" -d"$DURATION" -s "$ROOT/search-api/src/test/scripts/$MIX" \
  "http://127.0.0.1:$PORT" | tail -n 1
