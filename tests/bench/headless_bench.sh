#!/usr/bin/env bash
# The server side at rest and at scale, against baselines measured in the same run:
#  - page loads per second: the three requests of a first load with the assets cached (/, /api/status,
#    /api/exports), wrk -t2 -c10, with 3,650 and with 36,500 exports, each with its journal (an attempt and a
#    check per export). Target: at least 2,000 page loads/s. The Go tool's page did about 47 requests/s with
#    3,650 files (measured in the issue; it is not runnable here).
#  - the index of 36,500 exports: RSS once started and answering, against the same binary with an empty
#    folder. Target: at most 20 MB more.
#  - idle RSS of --headless with the web view on after IDLE_SECONDS (60) idle, built headless-only
#    (-DWITH_DESKTOP=OFF, what the Docker image runs), against the desktop build started with --headless.
#    Target: at most 20 MB (the Go tool: 13 MB, from the issue).
#   tests/bench/headless_bench.sh [BUILD_DIR] [HEADLESS_BUILD_DIR]   DURATION (wrk seconds, default 10),
#   FILES (the large folder, default 36500), IDLE_SECONDS (default 60)
set -euo pipefail
source "$(dirname "$0")/summary.sh"
build=${1:-build/bench}
headless_build=${2:-build/bench-headless}
app=$(realpath "$build/src/testops-export")
headless_app=$(realpath "$headless_build/src/testops-export")
duration=${DURATION:-10}
files=${FILES:-36500}
idle=${IDLE_SECONDS:-60}
work=$(mktemp -d /tmp/headless-bench.XXXXXX)
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null; rm -rf "$work"' EXIT

source "$(dirname "$0")/exports_folder.sh"

cat >"$work/page.lua" <<'LUA'
-- One page load of a returning visitor: the page and its two API calls (the assets come from the cache).
local paths = {"/", "/api/status", "/api/exports"}
local i = 0
request = function()
    i = i % #paths + 1
    return wrk.format("GET", paths[i])
end
LUA
page_loads() { # base url → "page_loads_per_s p99_ms"
    wrk -t2 -c10 -d"${duration}s" --latency -s "$work/page.lua" "$1" 2>/dev/null | awk '
        function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
        /Requests\/sec/ {rps = $2} /^ +99%/ {p99 = ms($2)} END {printf "%.0f %.2f", rps / 3, p99}'
}

folder "$work/small" 3650
folder "$work/large" "$files"
mkdir -p "$work/empty"

printf '%-40s %12s %10s %s\n' "page loads (/, /api/status, /api/exports)" loads_per_s p99_ms target
for size in small large; do
    read -r pid base <<<"$(start_server "$app" "$work/$size")"
    count=$(find "$work/$size" -maxdepth 1 -name '*.csv' | wc -l)
    read -r loads p99 <<<"$(page_loads "$base")"
    printf '%-40s %12s %10s %s\n' "$count exports" "$loads" "$p99" ">= 2000/s (Go tool: ~47 requests/s, 3,650 files)"
    summary "page loads per second, $count exports (/, /api/status, /api/exports; p99 ms)" "$loads; $p99" \
        "Go tool ~47 requests/s (3,650 files; the issue)" "$(printf %.0f "$(echo "$loads / 47" | bc -l)")" ">= 2000/s"
    kill "$pid"
    wait "$pid" 2>/dev/null || true
done

# The index: the same binary with the large folder and with an empty one, each started and answering.
read -r pid base <<<"$(start_server "$app" "$work/empty")"
curl -s -o /dev/null "$base/api/exports"
sleep 1
empty_rss=$(rss_mb "$pid")
kill "$pid"
wait "$pid" 2>/dev/null || true
started=$(date +%s.%N)
read -r pid base <<<"$(start_server "$app" "$work/large")"
ready=$(echo "$(date +%s.%N) - $started" | bc -l)
curl -s -o /dev/null "$base/api/exports"
sleep 1
large_rss=$(rss_mb "$pid")
kill "$pid"
wait "$pid" 2>/dev/null || true
echo
printf '%-40s %12s %12s %10s %10s %s\n' "index of $files exports" rss_MB empty_MB growth_MB ready_s target
printf '%-40s %12s %12s %10.1f %10.2f %s\n' "" "$large_rss" "$empty_rss" "$(echo "$large_rss - $empty_rss" | bc -l)" "$ready" "<= 20 MB more"
summary "index of $files exports with their journal: RSS (MB)" "$large_rss" "empty folder $empty_rss MB" \
    "+$(printf %.1f "$(echo "$large_rss - $empty_rss" | bc -l)") MB" "<= 20 MB more"

# Idle: the headless-only build against the desktop build's --headless, side by side for the same time.
mkdir -p "$work/idle-headless" "$work/idle-desktop" # a folder each: one exporter per folder
read -r hpid _ <<<"$(start_server "$headless_app" "$work/idle-headless")"
read -r dpid _ <<<"$(start_server "$app" "$work/idle-desktop")"
sleep "$idle"
headless_rss=$(rss_mb "$hpid")
desktop_rss=$(rss_mb "$dpid")
echo
printf '%-40s %12s %12s %8s %s\n' "idle ${idle} s, web view on" headless_MB desktop_MB ratio target
printf '%-40s %12s %12s %8.2f %s\n' "--headless RSS" "$headless_rss" "$desktop_rss" "$(echo "$headless_rss / $desktop_rss" | bc -l)" \
    "<= 20 MB (Go tool: 13 MB)"
summary "idle RSS after ${idle} s, headless-only build, web view on (MB)" "$headless_rss" \
    "desktop build --headless $desktop_rss MB" "$(printf %.2f "$(echo "$headless_rss / $desktop_rss" | bc -l)")" "<= 20 MB"
