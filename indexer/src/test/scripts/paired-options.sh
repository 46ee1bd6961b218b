#!/usr/bin/env bash
# Paired runs of ./santekb index --full over one folder with different JVM options, alternated run
# by run; one line per run: run, options, wall s, CPU s (user + sys), peak RSS MiB, load average.
#   indexer/src/test/scripts/paired-options.sh /tmp/bench/shared 3 -Dsantekb.pdftotext=off -Dsantekb.pdftotext=on
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../../.." && pwd)"
corpus="$1"
runs="$2"
shift 2
out="$(mktemp -d)"
for ((r = 1; r <= runs; r++)); do
  for opts in "$@"; do
    rm -rf "$out/index" "$out/index-report.json"
    load="$(cut -d' ' -f1 /proc/loadavg)"
    SANTEKB_JAVA_OPTS="$opts" /usr/bin/time -f '%e %U %S %M' -o "$out/time" \
      "$ROOT/santekb" index --source "$corpus" --index "$out/index" --full --quiet >/dev/null 2>&1
    read -r wall user sys rss <"$out/time"
    awk -v r="$r" -v o="$opts" -v w="$wall" -v u="$user" -v s="$sys" -v m="$rss" -v l="$load" \
      'BEGIN {printf "%d\t[%s]\t%.2f\t%.2f\t%.0f\t%s\n", r, o, w, u + s, m / 1024, l}'
  done
done
rm -rf "$out"
