#!/usr/bin/env bash
# Firefox check of the original files served by /api/documents/{id}/file (reliability issue): a
# « p. N » link opens Firefox's built-in PDF viewer at page N although the file carries the
# `sandbox` policy, an HTML original runs no script, no other site can frame a file; each with a
# control that must fail. When chromium is installed, its viewer is checked the same way (at page N,
# not framed), which the Selenium test (ContentSecurityPolicyBrowserTest) does not read.
#   search-api/src/test/browser-firefox/check-pdf-viewer.sh [SCREENSHOT_DIR]   (default /tmp/santekb-firefox-check)
# Builds nothing: needs the built jars (./santekb test, or mvn -B -q package -DskipTests
# -Dassembly.skipAssembly=true), a JDK >= 21, node >= 18 with npm, and firefox-esr (installed here
# with apt-get when missing and run as root). Drives Firefox through WebDriver BiDi with
# puppeteer-core (no geckodriver), installed under search-api/target/ without a lock file.
# Indexes the demo corpus's 48-page PDF and a small HTML file with an inline script, into a
# temporary folder, and serves them with the real server on a free port.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../../.." && pwd)"
HERE="$ROOT/search-api/src/test/browser-firefox"
OUT="${1:-/tmp/santekb-firefox-check}"
PDF="$ROOT/corpus/documents/cls-pays-de-martigues-2015-2019.pdf"
PDF_QUERY="successeur" # a word of that PDF's page 12 only (the check verifies it against pdf.js's text)
HTML_QUERY="bacasable"
APP="$ROOT/search-api/target"

fail() { echo "firefox check: $*" >&2; exit 2; }

java_major() { "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p'; }
pick_java() { # JAVA_HOME's java if >= 21, else the newest JDK >= 21 under /usr/lib/jvm (as ./santekb does)
  local best="" best_v=0 candidate v
  for candidate in ${JAVA_HOME:+"$JAVA_HOME/bin/java"} /usr/lib/jvm/*/bin/java; do
    [ -x "$candidate" ] || continue
    v="$(java_major "$candidate")"
    [ -n "$v" ] && [ "$v" -ge 21 ] || continue
    [ -n "${JAVA_HOME:-}" ] && [ "$candidate" = "$JAVA_HOME/bin/java" ] && { echo "$candidate"; return; }
    [ "$v" -gt "$best_v" ] && { best="$candidate"; best_v="$v"; }
  done
  [ -n "$best" ] || fail "no JDK >= 21 (set JAVA_HOME)"
  echo "$best"
}

[ -d "$APP/classes" ] && compgen -G "$APP/lib/santekb-indexer-*.jar" >/dev/null \
  || fail "the server is not built: run ./santekb test or mvn -B -q package -DskipTests -Dassembly.skipAssembly=true first"
[ -f "$PDF" ] || fail "$PDF is missing"
command -v node >/dev/null && command -v npm >/dev/null || fail "node and npm are needed (apt-get install nodejs npm)"
FIREFOX="${FIREFOX:-$(command -v firefox-esr || true)}"
if [ -z "$FIREFOX" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "firefox check: installing firefox-esr..." >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq firefox-esr >/dev/null
    FIREFOX="$(command -v firefox-esr)" || fail "could not install firefox-esr"
  else
    fail "firefox-esr is missing (apt-get install firefox-esr)"
  fi
fi
JAVA="$(pick_java)"

# puppeteer-core under target/ (ignored by git and by the launcher's staleness check), no lock file.
NODE_DIR="$APP/firefox-check"
mkdir -p "$NODE_DIR"
if ! cmp -s "$HERE/package.json" "$NODE_DIR/package.json" || [ ! -d "$NODE_DIR/node_modules/puppeteer-core" ]; then
  cp "$HERE/package.json" "$NODE_DIR/package.json"
  (cd "$NODE_DIR" && npm install --no-package-lock --no-audit --no-fund --loglevel=error >/dev/null)
fi
cp "$HERE"/*.mjs "$NODE_DIR/"
echo "firefox check: $("$FIREFOX" --version 2>/dev/null), node $(node --version), tools ready after ${SECONDS} s" >&2

WORK="$(mktemp -d)"
trap 'kill "${SERVER:-0}" 2>/dev/null || true; wait "${SERVER:-0}" 2>/dev/null || true; rm -rf "$WORK"' EXIT
mkdir -p "$WORK/corpus"
cp "$PDF" "$WORK/corpus/"
# The script would replace the marker's text if it ran; the check reads the marker.
cat >"$WORK/corpus/bac-a-sable.html" <<'EOF'
<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>Test du bac à sable</title></head>
<body><p>Contrat local de santé : page de test bacasable des fichiers originaux.</p>
<p id="marker">script non exécuté</p>
<script>document.getElementById('marker').textContent = 'script exécuté';</script>
</body></html>
EOF
JVM=("$JAVA" --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -Dfile.encoding=UTF-8
  -Dsantekb.root="$ROOT" -cp "$APP/classes:$APP/lib/*" fr.santekb.app.Santekb)
"${JVM[@]}" index --source "$WORK/corpus" --index "$WORK/index" --quiet >"$WORK/index.log" 2>&1 \
  || { cat "$WORK/index.log" >&2; fail "indexing failed"; }
echo "firefox check: indexed after ${SECONDS} s" >&2
"${JVM[@]}" serve --index "$WORK/index" --host 127.0.0.1 --port 0 >"$WORK/serve.log" 2>&1 &
SERVER=$!
BASE=""
for _ in $(seq 1 120); do
  # The port chosen is in the log line; the log may name the host localhost, which Firefox would
  # try as ::1 first.
  PORT="$(sed -n 's/^santekb: serving .* on http:.*:\([0-9][0-9]*\) (Ctrl-C.*/\1/p' "$WORK/serve.log" | head -n1)"
  BASE="${PORT:+http://127.0.0.1:$PORT}"
  [ -n "$BASE" ] && [[ "$(curl -fs "$BASE/api/health" 2>/dev/null)" == *'"ready":true'* ]] && break
  kill -0 "$SERVER" 2>/dev/null || { cat "$WORK/serve.log" >&2; fail "the server stopped"; }
  sleep 1
done
[ -n "$BASE" ] || fail "the server did not start (log: $WORK/serve.log)"
echo "firefox check: serving $BASE after ${SECONDS} s" >&2
STATUS=0
FIREFOX="$FIREFOX" node "$NODE_DIR/check-pdf-viewer.mjs" "$BASE" "$PDF_QUERY" "$HTML_QUERY" "$OUT" || STATUS=$?
echo "firefox check: done after ${SECONDS} s" >&2
exit "$STATUS"
