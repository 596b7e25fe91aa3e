#!/usr/bin/env bash
# Profile stability: runs ProfileStability RUNS times, each in a fresh JVM with default flags, and counts how often
# each workload's top entries came out the same. Build first: mvn -q -B -pl perf-benchmarks -am package -DskipTests
# Usage: perf-benchmarks/profile-stability.sh RUNS PERIOD_MS SECONDS [workload...]   (JAR=... for another jar copy)
set -euo pipefail
cd "$(dirname "$0")"
runs=$1; period=$2; seconds=$3; shift 3
out=$(mktemp)
for i in $(seq 1 "$runs"); do
  java -cp "${JAR:-target/benchmarks.jar}" dev.perfkit.benchmarks.profile.ProfileStability "$period" "$seconds" "$@" >> "$out"
done
echo "== $runs runs, period $period ms, $seconds s each"
for w in $(awk '{print $1}' "$out" | sort -u); do
  echo "-- $w: samples min/median/max $(grep "^$w " "$out" | sed 's/.*samples=\([0-9]*\).*/\1/' | sort -n | awk '{a[NR]=$1} END {print a[1] "/" a[int((NR+1)/2)] "/" a[NR]}')"
  echo "   top 1 (self):";   grep "^$w " "$out" | sed 's/.*top5=\([^, ]*\).*/\1/' | sort | uniq -c | sort -rn | sed 's/^/     /'
  echo "   top 5 (self, in order):"; grep "^$w " "$out" | sed 's/.*top5=\([^ ]*\).*/\1/' | sort | uniq -c | sort -rn | head -3 | sed 's/^/     /'
  echo "   top 5 (as a set):";
  grep "^$w " "$out" | sed 's/.*top5=\([^ ]*\).*/\1/' | while read -r l; do echo "$l" | tr ',' '\n' | sort | paste -sd,; done | sort | uniq -c | sort -rn | head -3 | sed 's/^/     /'
  echo "   top allocation site:"; grep "^$w " "$out" | sed 's/.*alloc1=\([^ ]*\).*/\1/' | sort | uniq -c | sort -rn | head -3 | sed 's/^/     /'
  echo "   top blocking site:"; grep "^$w " "$out" | sed 's/.*block1=\([^ ]*\).*/\1/' | sort | uniq -c | sort -rn | head -3 | sed 's/^/     /'
done
rm -f "$out"
