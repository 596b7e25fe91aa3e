#!/usr/bin/env bash
# Verdict accuracy: runs each comparison fixture RUNS times, each in a fresh JVM with default flags (as a user's test
# run meets it), and prints the verdicts. Optional BUSY=1 keeps the second core busy meanwhile.
# Build first: mvn -q -B -pl perf-benchmarks -am package -DskipTests
# Usage: perf-benchmarks/accuracy.sh RUNS FIXTURE... [-- JVM options]   (JAR=... to run another copy of the jar)
set -euo pipefail
cd "$(dirname "$0")"
runs=$1; shift
fixtures=(); jvm=()
while [ $# -gt 0 ]; do
  if [ "$1" = "--" ]; then shift; jvm=("$@"); break; fi
  fixtures+=("$1"); shift
done
if [ "${BUSY:-0}" = 1 ]; then
  ( while :; do :; done ) & busy=$!
  trap 'kill $busy' EXIT
fi
for i in $(seq 1 "$runs"); do
  for f in "${fixtures[@]}"; do
    java "${jvm[@]}" -cp "${JAR:-target/benchmarks.jar}" dev.perfkit.benchmarks.accuracy.AccuracyRun "$f"
  done
done
