#!/usr/bin/env bash
# CPU seconds of each thread group of a process, e.g. how much a run spends in the JIT compilers:
#   indexer/src/test/scripts/thread-cpu.sh ./santekb index --source DIR --index NEW --full --quiet
# Runs the command, reads /proc/PID/task/*/stat every 0.2 s, keeps each thread's last value (a
# thread that ends between two reads loses at most 0.2 s), and prints the sums by thread name with
# the trailing number removed (santekb-parse-1 and -2 add up). The command must exec the JVM itself
# (./santekb does), so that its PID is the JVM's.
set -uo pipefail
"$@" &
pid=$!
declare -A ticks names
while kill -0 "$pid" 2>/dev/null; do
  for task in /proc/"$pid"/task/*; do
    stat="$(cat "$task/stat" 2>/dev/null)" || continue
    name="$(cat "$task/comm" 2>/dev/null)" || continue
    read -r -a fields <<<"${stat##*) }"
    ticks[$task]=$((fields[11] + fields[12])) # utime + stime, after the "(comm)" field
    names[$task]="$name"
  done
  sleep 0.2
done
wait "$pid"
status=$?
hz="$(getconf CLK_TCK)"
for task in "${!ticks[@]}"; do
  printf '%s\t%s\n' "${ticks[$task]}" "${names[$task]}"
done | awk -F'\t' -v hz="$hz" '{g = $2; sub(/[0-9]+$/, "", g); sum[g] += $1}
  END {for (g in sum) if (sum[g] > 0) printf "%8.2f s  %s\n", sum[g] / hz, g}' | sort -rn
exit "$status"
