#!/usr/bin/env bash
# Start-up and idle memory with a large folder, before and after a change of structure (issue #28: the front, the
# words, the web server in parts), two release builds of the app side by side on the same folder:
#  - start-up: from exec until /api/exports answers with the whole index (36,500 exports and their journal);
#  - RSS once answering, and after IDLE_SECONDS idle.
# Runs alternate (before, after, before, …) so that the machine's drift falls on both; medians of RUNS.
#   tests/bench/structure_bench.sh BEFORE_BUILD AFTER_BUILD    FILES (default 36500), RUNS (5), IDLE_SECONDS (10)
# The before build: git worktree add /tmp/before <commit> && cmake -S /tmp/before -B /tmp/before/build -G Ninja
#   -DCMAKE_BUILD_TYPE=Release -DTESTOPS_BUILD_TESTS=OFF && cmake --build /tmp/before/build
set -euo pipefail
source "$(dirname "$0")/summary.sh"
before=$(realpath "$1/src/testops-export")
after=$(realpath "$2/src/testops-export")
files=${FILES:-36500}
runs=${RUNS:-5}
idle=${IDLE_SECONDS:-10}
work=$(mktemp -d /tmp/structure-bench.XXXXXX)
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null; rm -rf "$work"' EXIT
source "$(dirname "$0")/exports_folder.sh"

folder "$work/large" "$files"
median() { sort -n | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
measure() { # BINARY → "ready_s rss_mb idle_rss_mb"
    local started pid base ready rss
    started=$(date +%s.%N)
    read -r pid base <<<"$(start_server "$1" "$work/large")"
    curl -sf -o /dev/null "$base/api/exports"
    ready=$(echo "$(date +%s.%N) - $started" | bc -l)
    rss=$(rss_mb "$pid")
    sleep "$idle"
    echo "$ready $rss $(rss_mb "$pid")"
    kill "$pid"
    wait "$pid" 2>/dev/null || true
}
: >"$work/before" && : >"$work/after"
for _ in $(seq "$runs"); do
    measure "$before" >>"$work/before"
    measure "$after" >>"$work/after"
done
column() { awk -v c="$2" '{print $c}' "$work/$1" | median; }
printf '%-34s %10s %10s %8s\n' "$files exports, median of $runs" before after ratio
for c in 1 2 3; do
    name=$(echo "start-up until /api/exports (s)|RSS answering (MB)|RSS after ${idle} s idle (MB)" | cut -d'|' -f"$c")
    b=$(column before "$c")
    a=$(column after "$c")
    ratio=$(printf %.2f "$(echo "$a / $b" | bc -l)")
    printf '%-34s %10.2f %10.2f %8s\n' "$name" "$b" "$a" "$ratio"
    summary "structure, $files exports: $name" "$a" "before $b" "$ratio" "<= 1.05 (not worse)"
done
