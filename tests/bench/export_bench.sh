#!/usr/bin/env bash
# Export throughput and memory: testops-export --export-now against the fake TestOps, versus curl -o fetching the
# same download from the same fake in the same run; peak RSS of the export versus the idle RSS of the same binary.
# After the download the app checks the new file (SHA-256, rows; the comparison with the previous export, which a
# fresh folder does not have): export_s is the process's time without that check, check_s the check (from the
# journal), so export_s compares with curl and export_s + check_s is what --export-now takes.
#   tests/bench/export_bench.sh [BUILD_DIR] [SIZES_MB...]     (default: build/bench, 10 200)
# Prints one row per size. Needs a Release build with tests (tests/bench/run.sh makes one).
set -euo pipefail
source "$(dirname "$0")/summary.sh"
build=${1:-build/bench}
shift || true
sizes=("${@:-10 200}")
[ $# -eq 0 ] && sizes=(10 200)
app=$build/src/testops-export
fake=$build/tests/fake-testops
work=$(mktemp -d /tmp/export-bench.XXXXXX)
trap 'kill ${fake_pid:-} ${idle_pid:-} 2>/dev/null || true; rm -rf "$work"' EXIT
token=bench-token-0123456789
bytes_per_row=453 # measured size of one generated row with the standard 13 columns

# The request the app sends (same columns, so the same bytes).
request='{"selection":{"projectId":17,"treeId":937,"groupsInclude":[1]},"mapping":['
for f in allure_id name full_name automated description precondition expected_result status scenario tag link example parameter; do
    request+="{\"field\":\"$f\",\"name\":\"$f\"},"
done
request="${request%,}],\"columnSeparator\":\";\"}"

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# Idle RSS: the same binary, started headless with nothing to do.
idle_rss_kb() {
    mkdir -p "$work/idle"
    (cd "$work/idle" && TESTOPS_BASE_URL=http://127.0.0.1:9 TESTOPS_TOKEN=$token EXPORT_GROUPS=A=1:1:1 \
        WEB_ENABLED=false CATCH_UP_MISSED=false exec "$OLDPWD/$app" --headless >/dev/null 2>&1) &
    idle_pid=$!
    sleep 1.5
    awk '/VmRSS/ {print $2}' /proc/$idle_pid/status
    kill $idle_pid
    wait $idle_pid 2>/dev/null || true
    idle_pid=
}

printf '%-8s %10s %10s %8s %10s %14s %14s %10s %s\n' size export_s curl_s ratio check_s peak_rss_MB idle_rss_MB delta_MB identical
idle=$(idle_rss_kb)
for mb in "${sizes[@]}"; do
    rows=$((mb * 1024 * 1024 / bytes_per_row))
    "$fake" --port 0 --token $token --queued-polls -1 --preload --group "17:937:1:$rows" >"$work/fake.out" 2>&1 &
    fake_pid=$!
    for _ in $(seq 50); do grep -q FAKE_TESTOPS_URL "$work/fake.out" && break; sleep 0.1; done
    url=$(sed -n 's/^FAKE_TESTOPS_URL=//p' "$work/fake.out")
    jwt=$(curl -s -d "grant_type=apitoken&scope=openid&token=$token" "$url/api/uaa/oauth/token" |
        sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
    # Warm-up: the fake generates the body once and then serves it from memory.
    curl -s -o /dev/null -H "Authorization: Bearer $jwt" "$url/api/export/download/$(curl -s -H "Authorization: Bearer $jwt" \
        -H 'Content-Type: application/json' -d "$request" "$url/api/v2/test-case/bulk/export/csv" | sed -n 's/.*"id":\([0-9]*\).*/\1/p')"
    ours=() theirs=() peaks=() checks=()
    for run in $(seq "${RUNS:-9}"); do
        # Baseline: curl fetching the same download (a job created the same way).
        id=$(curl -s -H "Authorization: Bearer $jwt" -H 'Content-Type: application/json' \
            -d "$request" \
            "$url/api/v2/test-case/bulk/export/csv" | sed -n 's/.*"id":\([0-9]*\).*/\1/p')
        start=$(date +%s.%N)
        curl -s -o "$work/curl.csv" -H "Authorization: Bearer $jwt" "$url/api/export/download/$id"
        theirs+=("$(echo "$(date +%s.%N) - $start" | bc)")
        # Ours: the whole export (token, create, download, delete) in a fresh process.
        rm -rf "$work/run" && mkdir -p "$work/run"
        start=$(date +%s.%N)
        (cd "$work/run" && TESTOPS_BASE_URL=$url TESTOPS_TOKEN=$token EXPORT_GROUPS=A=17:937:1 RETRY_DELAYS= \
            /usr/bin/time -f %M -o "$work/rss" "$OLDPWD/$app" --export-now 2>/dev/null)
        wall=$(echo "$(date +%s.%N) - $start" | bc)
        check_ms=$(sed -n 's/.*"type":"check".*"milliseconds":\([0-9]*\).*/\1/p; s/.*"milliseconds":\([0-9]*\).*"type":"check".*/\1/p' \
            "$work"/run/exports/.testops-export/history.jsonl | head -1)
        checks+=("$(echo "${check_ms:-0} / 1000" | bc -l)")
        ours+=("$(echo "$wall - ${check_ms:-0} / 1000" | bc -l)")
        peaks+=("$(cat "$work/rss")")
    done
    echo "  runs ${mb}MB: ours ${ours[*]} | check ${checks[*]} | curl ${theirs[*]} | peak KB ${peaks[*]}" >&2
    identical=no
    cmp -s "$work/curl.csv" "$work"/run/exports/testops_export_A_*.csv && identical=yes
    o=$(printf '%s\n' "${ours[@]}" | median)
    t=$(printf '%s\n' "${theirs[@]}" | median)
    p=$(printf '%s\n' "${peaks[@]}" | median)
    c=$(printf '%s\n' "${checks[@]}" | median)
    printf '%-8s %10.3f %10.3f %8.2f %10.3f %14.1f %14.1f %10.1f %s\n' "${mb}MB" "$o" "$t" "$(echo "$o / $t" | bc -l)" "$c" \
        "$(echo "$p / 1024" | bc -l)" "$(echo "$idle / 1024" | bc -l)" "$(echo "($p - $idle) / 1024" | bc -l)" "$identical"
    spread() { sort -n | awk '{a[NR] = $1} END {printf "%.3f-%.3f", a[1], a[NR]}'; }
    ratios=()
    for i in "${!ours[@]}"; do ratios+=("$(echo "${ours[$i]} / ${theirs[$i]}" | bc -l)"); done
    echo "  spread ${mb}MB: ours $(printf '%s\n' "${ours[@]}" | spread) s, curl $(printf '%s\n' "${theirs[@]}" | spread) s," \
        "ratio per run $(printf '%s\n' "${ratios[@]}" | spread), peak RSS $(printf '%s\n' "${peaks[@]}" | spread) KB" >&2
    summary "export of ${mb} MB (s)" "$(printf %.3f "$o")" "curl $(printf %.3f "$t") s" "$(printf %.2f "$(echo "$o / $t" | bc -l)")" "<= 1.2"
    summary "check after export of ${mb} MB (s)" "$(printf %.3f "$c")" "-" "-" "SHA-256, rows (first export)"
    summary "export of ${mb} MB, peak RSS (MB)" "$(printf %.1f "$(echo "$p / 1024" | bc -l)")" \
        "idle $(printf %.1f "$(echo "$idle / 1024" | bc -l)") MB" "$(printf %.2f "$(echo "$p / $idle" | bc -l)")" "<= idle + 10 MB"
    kill $fake_pid
    wait $fake_pid 2>/dev/null || true
done
