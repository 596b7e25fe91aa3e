#!/usr/bin/env bash
# Did this commit make it slower? Runs the commits engine (dev.perfkit.junit.commits.CommitsMain) RUNS times per
# planted change, each run a fresh engine JVM with default flags and default settings, on two generated sides: a
# @PerfTest of a CPU-bound loop of 9000 dependent multiply-adds (~10 us), and the same loop with PERCENT % more
# iterations on the head (same result). Prints exit code, seconds, the p50 row and how the verdict was reached.
# Build first: mvn -q -B -o install -pl perf-junit -am -DskipTests
# Usage: perf-benchmarks/commits.sh RUNS PERCENT... [-- extra request fields, e.g. '"settings": {...}']
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
runs=$1; shift
percents=(); extra=""
while [ $# -gt 0 ]; do
  if [ "$1" = "--" ]; then shift; extra=", $*"; break; fi
  percents+=("$1"); shift
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$root" && mvn -B -o -q dependency:build-classpath -pl perf-junit -Dmdep.outputFile="$work/deps.txt" \
  -Dmdep.includeScope=compile >/dev/null)
engine="$root/perf-junit/target/classes:$(cat "$work/deps.txt")"
side() { # side NAME EXTRA_ITERATIONS
  mkdir -p "$work/$1/src/fx" "$work/$1/classes"
  cat > "$work/$1/src/fx/Work.java" <<JAVA
package fx;
public class Work {
    public static long spin(int n) {
        long x = 17;
        for (int i = 0; i < n; i++) {
            x = x * 6364136223846793005L + 1442695040888963407L;
        }
        long y = x;
        for (int i = 0; i < $2; i++) {
            y = y * 6364136223846793005L + 1442695040888963407L;
        }
        return (x & 0xff) ^ (y == 42 ? 1 : 0);
    }
}
JAVA
  cat > "$work/$1/src/fx/SpinTest.java" <<'JAVA'
package fx;
import dev.perfkit.junit.PerfTest;
import dev.perfkit.junit.Sink;
import org.junit.jupiter.api.Test;
class SpinTest {
    @Test
    @PerfTest
    void spin(Sink sink) {
        sink.consume(Work.spin(9000));
    }
}
JAVA
  javac -nowarn -d "$work/$1/classes" -cp "$engine" "$work/$1/src/fx/"*.java 2>/dev/null
}
json_side() { echo "{\"label\": \"$1\", \"classPath\": [\"$work/$1/classes\"], \"testClassDirs\": [\"$work/$1/classes\"]}"; }
side base 0
for p in "${percents[@]}"; do
  head="head$p"
  side "$head" $((9000 * p / 100))
  echo "{\"base\": $(json_side base), \"head\": $(json_side "$head"), \"outputDir\": \"$work/out-$head\"$extra}" \
    > "$work/$head.json"
  for i in $(seq 1 "$runs"); do
    start=$(date +%s.%N)
    code=0
    java -cp "$engine" dev.perfkit.junit.commits.CommitsMain "$work/$head.json" > "$work/log" 2>&1 || code=$?
    end=$(date +%s.%N)
    printf '%s%% run %d: exit %d, %.1f s\n  %s\n  %s\n' "$p" "$i" "$code" "$(echo "$end - $start" | bc)" \
      "$(grep '| SpinTest.spin | p50' "$work/log" | head -1)" "$(grep '^SpinTest.spin:' "$work/log" | head -1)"
  done
done
