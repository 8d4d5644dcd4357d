#!/usr/bin/env bash
# /api/exports when the bucket holds the exports and the folder none (an emptyDir replica): 3,650 objects (ten
# groups over a year) put into s3rver, then `testops-export --headless` with S3 on lists them and serves the
# first page and a filtered page; wrk -t2 -c10 for DURATION seconds each, after the first listing.
# The baseline is the same server's /api/status (no listing). usage: bucket_bench.sh BUILD_DIR [OBJECTS]
set -euo pipefail
build=$(realpath "$1")
objects=${2:-3650}
here=$(cd "$(dirname "$0")" && pwd)
. "$here/summary.sh"
inner=$(mktemp /tmp/bucket-bench-inner.XXXXXX)
trap 'rm -f "$inner"' EXIT
cat >"$inner" <<'SH'
set -euo pipefail
build=$1 objects=$2 duration=${DURATION:-5}
work=$(mktemp -d /tmp/bucket-bench.XXXXXX)
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done; rm -rf "$work" || true' EXIT
printf 'allure_id;name\r\n1;x\r\n' >"$work/one.csv"
"$build/tests/bench_upload" "$S3_TEST_DIRECT" "$S3_TEST_BUCKET" --many "$objects" "$work/one.csv" >/dev/null
mkdir -p "$work/exports"
(cd "$work" && exec env HOME="$work" XDG_CONFIG_HOME="$work/config" TESTOPS_BASE_URL=http://127.0.0.1:9 \
    TESTOPS_TOKEN=bench-token-0123456789 EXPORT_GROUPS=API=1:1:1 EXPORT_PATH="$work/exports" WEB_PORT=0 \
    CATCH_UP_MISSED=false RETENTION_DAYS=0 S3_ENABLED=true S3_BUCKET="$S3_TEST_BUCKET" S3_ENDPOINT="$S3_TEST_DIRECT" \
    S3_ACCESS_KEY=S3RVER S3_SECRET_KEY=S3RVER "$build/src/testops-export" --headless >"$work/app.log" 2>&1) &
pids+=($!)
for _ in $(seq 300); do grep -q "the bucket holds" "$work/app.log" && break; sleep 0.1; done
base=$(grep -o 'web view at http://[^ ]*' "$work/app.log" | sed 's/web view at //; s|/$||')
[ -n "$base" ] || { echo "the web view did not start" >&2; cat "$work/app.log" >&2; exit 1; }
listed=$(curl -s "$base/api/exports?size=1" | python3 -c 'import json, sys; print(json.load(sys.stdin)["total"])')
run_wrk() {
    wrk -t2 -c10 -d"${duration}s" --latency "$1" 2>/dev/null | awk '
        function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
        /Requests\/sec/ {rps = $2} /^ +50%/ {p50 = ms($2)} /^ +99%/ {p99 = ms($2)} END {printf "%.0f %.2f %.2f", rps, p50, p99}'
}
read -r e_rps e_p50 e_p99 <<<"$(run_wrk "$base/api/exports")"
read -r g_rps g_p50 g_p99 <<<"$(run_wrk "$base/api/exports?group=UI&page=3")"
read -r s_rps _ _ <<<"$(run_wrk "$base/api/status")"
rss=$(awk '/VmRSS/ {print $2}' "/proc/$(pgrep -f "$work/exports" -n 2>/dev/null || echo self)/status" 2>/dev/null || echo 0)
echo "bucket of $objects objects, none local: listed $listed"
echo "endpoint                         requests_s   p50_ms   p99_ms"
printf '%-32s %10s %8s %8s\n' "/api/exports" "$e_rps" "$e_p50" "$e_p99" "/api/exports?group=UI&page=3" "$g_rps" "$g_p50" "$g_p99" \
    "/api/status (baseline)" "$s_rps" "-" "-"
echo "RESULT $listed $e_rps $e_p99 $g_rps $s_rps"
SH
out=$("$here/../storage/with_s3.sh" bash "$inner" "$build" "$objects")
echo "$out" | grep -v '^RESULT'
read -r _ listed e_rps e_p99 g_rps s_rps <<<"$(echo "$out" | grep '^RESULT')"
summary "/api/exports, $listed exports only in S3 (requests/s; p99 ms)" "$e_rps; $e_p99" "/api/status $s_rps/s" \
    "$(echo "$e_rps / $s_rps" | bc -l | xargs printf '%.2f')" ">= 2000/s"
