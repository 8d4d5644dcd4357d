#!/usr/bin/env bash
# The web view under load, against baselines measured in the same run:
#  - the page and /api/exports with 3,650 exports (ten groups, a year): wrk -t2 -c10, requests/s and p99
#    (targets: at least 2,000 requests/s, p99 under 20 ms; the Go tool's page did about 45 requests/s)
#  - a 200 MB download: throughput against Debian's nginx serving the same file, nine runs of the best of three
#    downloads each (targets: median at least 0.9x, no run below 0.8x), nginx against itself beside it
#  - server RSS growth while a client throttled to 1 MB/s downloads it (target: at most 5 MB)
#   tests/bench/web_bench.sh [BUILD_DIR]      DURATION (wrk seconds, default 10), SIZE_MB (default 200)
set -euo pipefail
source "$(dirname "$0")/summary.sh"
build=${1:-build/bench}
app=$(realpath "$build/src/testops-export")
duration=${DURATION:-10}
size_mb=${SIZE_MB:-200}
work=$(mktemp -d /tmp/web-bench.XXXXXX)
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null; rm -rf "$work"' EXIT
mkdir -p "$work/exports"
chmod 755 "$work" # nginx's worker reads the files as another user

# A year of ten groups.
python3 - "$work/exports" <<'PY'
import sys, datetime, os
folder = sys.argv[1]
start = datetime.datetime(2025, 11, 22, 7, 0, 0)
for day in range(365):
    for group in ["API", "UI", "Mobile", "Backend", "Smoke", "Payments", "Search", "Auth", "Reports", "Регресс"]:
        stamp = (start + datetime.timedelta(days=day)).strftime("%Y-%m-%d_%H-%M-%S")
        with open(os.path.join(folder, f"testops_export_{group}_{stamp}.csv"), "w") as f:
            f.write("allure_id;name\n1;x\n")
PY
big=testops_export_Big_2026-11-21_07-00-00.csv
head -c $((size_mb * 1024 * 1024)) /dev/urandom >"$work/exports/$big"

(cd "$work" && exec env HOME="$work" XDG_CONFIG_HOME="$work/config" TESTOPS_BASE_URL=http://127.0.0.1:9 \
    TESTOPS_TOKEN=bench-token-0123456789 EXPORT_GROUPS=API=1:1:1 EXPORT_PATH="$work/exports" WEB_PORT=0 \
    CATCH_UP_MISSED=false RETENTION_DAYS=0 "$app" --headless >"$work/app.log" 2>&1) &
server=$!
pids+=($server)
for _ in $(seq 100); do grep -q "web view at" "$work/app.log" && break; sleep 0.1; done
base=$(grep -o 'web view at http://[^ ]*' "$work/app.log" | sed 's/web view at //; s|/$||')
[ -n "$base" ] || { echo "the web view did not start" >&2; cat "$work/app.log" >&2; exit 1; }

nginx_port=$((20000 + RANDOM % 20000))
cat >"$work/nginx.conf" <<CONF
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx.err;
events {}
http { access_log off; sendfile on; server { listen 127.0.0.1:$nginx_port; root $work/exports; } }
CONF
nginx -c "$work/nginx.conf" -g 'daemon off;' &
pids+=($!)
sleep 0.5

run_wrk() { # url → "requests/s p50_ms p99_ms"
    wrk -t2 -c10 -d"${duration}s" --latency "$1" 2>/dev/null | awk '
        function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
        /Requests\/sec/ {rps = $2} /^ +50%/ {p50 = ms($2)} /^ +99%/ {p99 = ms($2)} END {printf "%.0f %.2f %.2f", rps, p50, p99}'
}
answer_bytes() { curl -s -o /dev/null -w '%{size_download}' "$1"; }

printf '%-36s %14s %10s %10s %12s %s\n' endpoint requests_s p50_ms p99_ms bytes target
for path in "/" "/api/exports" "/api/exports?group=UI&page=3" "/api/status"; do
    read -r rps p50 p99 <<<"$(run_wrk "$base$path")"
    printf '%-36s %14s %10s %10s %12s %s\n' "$path" "$rps" "$p50" "$p99" "$(answer_bytes "$base$path")" \
        ">= 2000/s, p99 < 20 ms (Go tool: ~45/s, p50 ~200 ms, 1.6 MB)"
    summary "web $path (requests/s; p99 ms)" "$rps; $p99" "Go tool ~45/s (its README; not runnable here)" "$(printf %.0f "$(echo "$rps / 45" | bc -l)")" ">= 2000/s, p99 < 20 ms"
done

median() { sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }
best() { sort -gr | head -1; } # the fastest of a run's downloads (speeds)
# Nine runs, each the best of three downloads from each server (as the issue measured nginx, the Go tool and
# us), interleaved so that both see the same machine. A single download of 200 MB takes about 0.1 s here, so
# one busy moment of this two-core virtual machine halves it: single downloads are printed too, beside nginx
# against itself (a second series of nginx downloads in the same runs), the floor of the machine's noise.
runs=${DOWNLOAD_RUNS:-9}
ours=() theirs=() ratios=() aa=() singles=() single_aa=()
for _ in $(seq "$runs"); do
    o3=() n3=() m3=()
    for _ in 1 2 3; do
        o3+=("$(curl -s -o /dev/null -w '%{speed_download}' "$base/download/$big")")
        n3+=("$(curl -s -o /dev/null -w '%{speed_download}' "http://127.0.0.1:$nginx_port/$big")")
        m3+=("$(curl -s -o /dev/null -w '%{speed_download}' "http://127.0.0.1:$nginx_port/$big")")
        singles+=("$(echo "${o3[-1]} / ${n3[-1]}" | bc -l)") single_aa+=("$(echo "${m3[-1]} / ${n3[-1]}" | bc -l)")
    done
    o1=$(printf '%s\n' "${o3[@]}" | best) n1=$(printf '%s\n' "${n3[@]}" | best) m1=$(printf '%s\n' "${m3[@]}" | best)
    ours+=("$o1") theirs+=("$n1") ratios+=("$(echo "$o1 / $n1" | bc -l)") aa+=("$(echo "$m1 / $n1" | bc -l)")
done
o=$(printf '%s\n' "${ours[@]}" | median)
n=$(printf '%s\n' "${theirs[@]}" | median)
worst=$(printf '%s\n' "${ratios[@]}" | sort -g | head -1)
worst_aa=$(printf '%s\n' "${aa[@]}" | sort -g | head -1)
worst_single=$(printf '%s\n' "${singles[@]}" | sort -g | head -1)
worst_single_aa=$(printf '%s\n' "${single_aa[@]}" | sort -g | head -1)
echo
printf '%-36s %14s %14s %8s %8s %s\n' download ours_MB_s nginx_MB_s ratio worst target
printf '%-36s %14.0f %14.0f %8.2f %8.2f %s\n' "${size_mb} MB file, median of $runs runs" "$(echo "$o / 1048576" | bc -l)" \
    "$(echo "$n / 1048576" | bc -l)" "$(echo "$o / $n" | bc -l)" "$worst" ">= 0.9, no run below 0.8 (a run: best of 3 each)"
printf '%-36s %14s %14s %8.2f %8.2f %s\n' "  nginx against itself, same runs" - - "$(printf '%s\n' "${aa[@]}" | median)" "$worst_aa" "the machine's noise"
printf '%-36s %14s %14s %8.2f %8.2f %s\n' "  single downloads ($((runs * 3)) each)" - - "$(printf '%s\n' "${singles[@]}" | median)" "$worst_single" \
    "nginx against itself: worst $(printf %.2f "$worst_single_aa")"
summary "download of ${size_mb} MB (MB/s, median of $runs runs, each best of 3)" "$(printf %.0f "$(echo "$o / 1048576" | bc -l)")" \
    "nginx $(printf %.0f "$(echo "$n / 1048576" | bc -l)") MB/s" \
    "$(printf %.2f "$(echo "$o / $n" | bc -l)") (worst run $(printf %.2f "$worst"); nginx vs itself $(printf %.2f "$worst_aa"); single downloads worst $(printf %.2f "$worst_single"), nginx vs itself $(printf %.2f "$worst_single_aa"))" ">= 0.9, no run below 0.8"

# Ten clients at once: total throughput, and the page's API answering meanwhile.
together() { # url → total MB/s of 10 parallel downloads
    local start end clients=()
    start=$(date +%s.%N)
    for _ in $(seq 10); do curl -s -o /dev/null "$1" & clients+=($!); done
    wait "${clients[@]}"
    end=$(date +%s.%N)
    echo "$size_mb * 10 / ($end - $start)" | bc -l
}
# The same sampler runs beside both: one curl that asks 50 times a second on one kept-alive connection, as a
# page open in a browser would (a curl process per request would cost more CPU than the downloads); ours is
# asked /api/status, nginx a small file.
echo '{"state":"idle"}' >"$work/exports/status.json"
latencies="$work/latencies"
: >"$latencies"
sampled() { # url of the downloads, url to sample, file for the latencies → total MB/s
    local urls=()
    for _ in $(seq 1000); do urls+=(-o /dev/null "$2"); done
    stdbuf -oL curl -s --rate 50/s -w '%{time_total}\n' "${urls[@]}" >>"$3" &
    local sampler=$!
    together "$1"
    kill "$sampler" 2>/dev/null || true
    wait "$sampler" 2>/dev/null || true
}
ours10s=() nginx10s=()
for _ in 1 2 3 4 5; do # interleaved, median of 5
    ours10s+=("$(sampled "$base/download/$big" "$base/api/status" "$latencies")")
    nginx10s+=("$(sampled "http://127.0.0.1:$nginx_port/$big" "http://127.0.0.1:$nginx_port/status.json" /dev/null)")
done
ours10=$(printf '%s\n' "${ours10s[@]}" | median)
nginx10=$(printf '%s\n' "${nginx10s[@]}" | median)
p99=$(sort -n "$latencies" | awk '{a[NR] = $1} END {i = int(NR * 0.99); if (i < 1) i = 1; printf "%.1f", a[i] * 1000}')
printf '%-36s %14.0f %14.0f %8.2f %8s %s\n' "10 clients at once (total, median of 5)" "$ours10" "$nginx10" "$(echo "$ours10 / $nginx10" | bc -l)" \
    "" ">= 0.9; /api/status p99 ${p99} ms meanwhile (<= 20 ms)"
summary "10 downloads at once (MB/s total)" "$(printf %.0f "$ours10")" "nginx $(printf %.0f "$nginx10") MB/s" \
    "$(printf %.2f "$(echo "$ours10 / $nginx10" | bc -l)")" ">= 0.9; /api/status p99 ${p99} ms (<= 20)"

# RSS while a slow client (1 MB/s) downloads.
rss() { awk '/VmRSS/ {print $2}' /proc/"$server"/status; }
before=$(rss)
curl -s -o "$work/slow.part" --limit-rate 1M "$base/download/$big" &
slow=$!
peak=$before
for _ in $(seq 40); do
    sleep 0.25
    now=$(rss)
    [ "$now" -gt "$peak" ] && peak=$now
done
kill "$slow" 2>/dev/null || true
wait "$slow" 2>/dev/null || true
echo
received=$(stat -c %s "$work/slow.part" 2>/dev/null || echo 0)
printf '%-36s %14s %14s %10s %s\n' "throttled download (1 MB/s, 10 s)" rss_before_MB rss_peak_MB growth_MB target
printf '%-36s %14.1f %14.1f %10.1f %s\n' "" "$(echo "$before / 1024" | bc -l)" "$(echo "$peak / 1024" | bc -l)" \
    "$(echo "($peak - $before) / 1024" | bc -l)" "<= 5 (client received $((received / 1048576)) MB)"
summary "RSS growth, 1 MB/s download (MB)" "$(printf %.1f "$(echo "($peak - $before) / 1024" | bc -l)")" \
    "before $(printf %.1f "$(echo "$before / 1024" | bc -l)") MB" "-" "<= 5 MB"
