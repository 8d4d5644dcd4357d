#!/usr/bin/env bash
# Upload of an export of SIZE_MB (default 200) to s3rver, ours (bench_upload: digests, streamed PUT, HEAD)
# against Debian's `s3cmd put` of the same file, RUNS times each (default 3), interleaved, medians; and the peak
# RSS growth of ours. Both talk to s3rver directly (it does not check V4 signatures, so neither pays for our
# verifying proxy). usage: s3_bench.sh BUILD_DIR [SIZE_MB]
set -euo pipefail
build=$(realpath "$1")
size_mb=${2:-200}
runs=${RUNS:-3}
here=$(cd "$(dirname "$0")" && pwd)
. "$here/summary.sh"
inner=$(mktemp /tmp/s3-bench-inner.XXXXXX)
trap 'rm -f "$inner"' EXIT
cat >"$inner" <<'SH'
set -euo pipefail
build=$1 size_mb=$2 runs=$3
work=$(mktemp -d /tmp/s3-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
file=$work/testops_export_API_2026-11-21_07-00-00.csv
head -c $((size_mb * 786432)) /dev/urandom | base64 -w 120 >"$file" # text, about SIZE_MB
host=${S3_TEST_DIRECT#http://}
ours=() theirs=() growth=()
for _ in $(seq "$runs"); do
    out=$("$build/tests/bench_upload" "$S3_TEST_DIRECT" "$S3_TEST_BUCKET" "$file")
    ours+=("$(echo "$out" | sed -n 's/.*: \([0-9.]*\) s,.*/\1/p')")
    growth+=("$(echo "$out" | sed -n 's/.*growth \([0-9.]*\) MB.*/\1/p')")
    start=$(date +%s.%N)
    s3cmd --config=/dev/null --access_key=S3RVER --secret_key=S3RVER --host="$host" --host-bucket="$host" \
        --no-ssl --region=us-east-1 --quiet put "$file" "s3://$S3_TEST_BUCKET/exports/2026-11-21/s3cmd.csv" >/dev/null
    theirs+=("$(echo "$(date +%s.%N) - $start" | bc)")
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }
o=$(median "${ours[@]}") t=$(median "${theirs[@]}") g=$(median "${growth[@]}")
echo "upload of ${size_mb} MB     ours_s    s3cmd_s   ratio   peak_rss_growth_MB"
printf '%-20s %9.2f %9.2f %7.2f %10.1f   (runs: ours %s; s3cmd %s)\n' "" "$o" "$t" "$(echo "$o / $t" | bc -l)" "$g" \
    "${ours[*]}" "${theirs[*]}"
echo "RESULT $o $t $g"
SH
out=$("$here/../storage/with_s3.sh" bash "$inner" "$build" "$size_mb" "$runs")
echo "$out" | grep -v '^RESULT'
read -r _ o t g <<<"$(echo "$out" | grep '^RESULT')"
summary "upload of ${size_mb} MB to S3 (s)" "$o" "s3cmd put $t s" "$(echo "$o / $t" | bc -l | xargs printf '%.2f')" "<= 1.2"
summary "upload of ${size_mb} MB to S3, peak RSS growth (MB)" "$g" "-" "-" "<= 10 MB"
