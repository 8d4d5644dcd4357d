#!/usr/bin/env bash
# Footprint of the idle desktop app in a real X session with a tray (Xvfb + trayer):
#  - time from start until the tray icon has docked (median of 5 starts; target 300 ms)
#  - RSS once idle (target 45 MB)
#  - wake-ups while idle: context switches of all its threads over IDLE_SECONDS (target: none beyond the
#    scheduler's once-a-minute wall-clock check)
# Baseline: the same binary with --headless (no GUI) measured in the same run.
#   tests/bench/desktop_bench.sh [BUILD_DIR]      IDLE_SECONDS (default 60)
set -euo pipefail
source "$(dirname "$0")/summary.sh"
build=${1:-build/bench}
app=$(realpath "$build/src/testops-export")
fake=$(realpath "$build/tests/fake-testops")
idle=${IDLE_SECONDS:-60}
source "$(dirname "$0")/../gui/x11_session.sh"
start_fake "$fake"

snapshot() { # pid → "thread-id context-switches" per thread
    for status in /proc/"$1"/task/*/status; do
        awk -v tid="$(basename "$(dirname "$status")")" '/ctxt_switches/ {n += $2} END {print tid, n + 0}' "$status" 2>/dev/null
    done
}
woken() { # before-snapshot-file, pid → context switches since, of threads alive at both times or born since
    snapshot "$2" | awk 'NR == FNR {before[$1] = $2; next} {n += $2 - (($1 in before) ? before[$1] : 0)} END {print n + 0}' "$1" -
}
rss_mb() { awk '/VmRSS/ {printf "%.1f", $2 / 1024}' /proc/"$1"/status; }
stop() { # pid
    kill "$1" 2>/dev/null || true
    wait_for 10 sh -c "! kill -0 $1 2>/dev/null" || kill -9 "$1" 2>/dev/null || true
}

starts=()
for _ in 1 2 3 4 5; do
    rm -rf "$work/run"
    begin=$(date +%s%N)
    start_app "$app"
    wait_for 10 docked || fail "the tray icon did not dock"
    starts+=($(( ($(date +%s%N) - begin) / 1000000 )))
    stop "$app_pid"
done
median=$(printf '%s\n' "${starts[@]}" | sort -n | sed -n 3p)

idle_footprint() { # pid → "rss_mb wake-ups", measured after settling; stops the process
    sleep 3
    local rss
    rss=$(rss_mb "$1")
    snapshot "$1" >"$work/before"
    sleep "$idle"
    echo "$rss $(woken "$work/before" "$1")"
    stop "$1"
}

# Desktop, idle with its tray icon and the web view on.
rm -rf "$work/run"
start_app "$app" WEB_ENABLED=true WEB_PORT=0
wait_for 10 docked || fail "the tray icon did not dock"
read -r desktop_rss desktop_wakeups <<<"$(idle_footprint "$app_pid")"

# Baseline: headless, same binary, same settings.
(cd "$work" && exec env HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" TESTOPS_BASE_URL="$url" \
    TESTOPS_TOKEN=fake-api-token-0123456789 EXPORT_GROUPS=API=17:937:26961091 EXPORT_PATH="$work/exports" \
    WEB_PORT=0 "$app" --headless >"$work/headless.log" 2>&1) &
headless_pid=$!
pids+=($headless_pid)
read -r headless_rss headless_wakeups <<<"$(idle_footprint "$headless_pid")"

printf '%-34s %12s %12s %8s %s\n' measure desktop headless ratio target
printf '%-34s %12s %12s %8s %s\n' "tray icon shown after start (ms)" "$median" "-" "-" "<= 300 (starts: ${starts[*]})"
printf '%-34s %12s %12s %8.2f %s\n' "idle RSS (MB)" "$desktop_rss" "$headless_rss" "$(echo "$desktop_rss / $headless_rss" | bc -l)" "<= 45"
printf '%-34s %12s %12s %8s %s\n' "wake-ups in ${idle} s idle" "$desktop_wakeups" "$headless_wakeups" "-" "about 1 a minute (scheduler)"
summary "tray icon shown after start (ms)" "$median" "-" "-" "<= 300"
summary "idle RSS, tray app with web view (MB)" "$desktop_rss" "headless $headless_rss MB" "$(printf %.2f "$(echo "$desktop_rss / $headless_rss" | bc -l)")" "<= 45 MB"
summary "wake-ups in ${idle} s idle" "$desktop_wakeups" "headless $headless_wakeups" "-" "about 1 a minute"
