#!/usr/bin/env bash
# Where a read's time goes under many writers (perf-benchmarks/RESULTS.md, "Where a read's time goes").
# Builds perf-api and perf-core with the phase counters of read-phases.patch in a scratch copy of the repository as
# it was when the figures were taken (commit d3e0c4e: the patch is written against that read path), then runs
# ReadProbe with 2, 8 and 64 writer threads. Usage: run.sh [reads]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
scratch="$(mktemp -d)"
git -C "$root" archive d3e0c4e | tar -x -C "$scratch"
# packaged in the scratch reactor only, never installed: the instrumented perf-core must not reach ~/.m2
(cd "$scratch" && git apply "$here/read-phases.patch" \
  && mvn -B -q package dependency:build-classpath -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true \
    -pl perf-core -am -Dmdep.outputFile="$scratch/cp.txt")
cp="$scratch/perf-core/target/classes:$scratch/perf-api/target/classes:$(cat "$scratch/cp.txt")"
mkdir -p "$scratch/probe"
javac -d "$scratch/probe" -cp "$cp" "$here/ReadProbe.java"
for writers in 2 8 64; do
  echo "== $writers writers"
  java -cp "$scratch/probe:$cp" dev.perfkit.core.internal.ReadProbe "$writers" "${1:-8}"
done
