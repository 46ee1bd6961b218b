#!/usr/bin/env bash
# Times a server's start over an existing index: seconds from launch until /api/health answers 200
# (searches are served), then until /api/suggest answers (completions built).
#   search-api/src/test/scripts/startup-time.sh INDEX_DIR [CLASSES_DIR] [PORT]
# CLASSES_DIR defaults to this checkout's search-api/target/classes (build it first); give another
# build's classes folder to compare builds over the same libraries. Heap: -Xmx512m.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../../.." && pwd)"
INDEX="${1:?usage: startup-time.sh INDEX_DIR [CLASSES_DIR] [PORT]}"
CLASSES="${2:-$ROOT/search-api/target/classes}"
PORT="${3:-7457}"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
if curl -s -o /dev/null "http://127.0.0.1:$PORT/"; then
  echo "port $PORT is already served by another process; give a free one" >&2
  exit 2
fi
t0=$(date +%s.%N)
"$JAVA" -Xmx512m --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED \
  -Dfile.encoding=UTF-8 -Dsantekb.root="$ROOT" -cp "$CLASSES:$ROOT/search-api/target/lib/*" \
  fr.santekb.app.Santekb serve --index "$INDEX" --port "$PORT" >/dev/null 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true' EXIT
wait_for() { # prints the seconds since launch when $1 answers 200
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$1" || true)" = 200 ]; do
    kill -0 "$pid" 2>/dev/null || { echo "server died" >&2; exit 1; }
    sleep 0.2
  done
  echo "$(date +%s.%N) - $t0" | bc
}
health=$(wait_for "http://127.0.0.1:$PORT/api/health")
suggest=$(wait_for "http://127.0.0.1:$PORT/api/suggest?q=sant")
printf 'searchable after %.1f s, completions after %.1f s (%s)\n' "$health" "$suggest" "$CLASSES"
