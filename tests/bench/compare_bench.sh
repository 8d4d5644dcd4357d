#!/usr/bin/env bash
# Change tracking: the comparison of two exports of a group (the new one with 1% of its test cases edited, 0.5%
# deleted and 0.5% added), as the app runs it after every export, on a worker thread while the main thread's
# event loop keeps ticking. Baseline in the same run: GNU diff of the same two files (time and peak RSS).
#   tests/bench/compare_bench.sh [BUILD_DIR] [MB]     (default: build/bench, 200)
# Targets (issue #6): at most 5 s and 150 MB for two 200 MB exports; the event loop never stalls.
set -euo pipefail
source "$(dirname "$0")/summary.sh"
build=${1:-build/bench}
mb=${2:-200}
work=$(mktemp -d /tmp/compare-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
field() { sed -n "s/.*$1=\([^ ]*\).*/\1/p"; }

"$build/tests/bench_compare" generate "$work" "$mb"
times=() peaks=() stalls=() diffs=() diff_peaks=()
for run in $(seq "${RUNS:-5}"); do
    out=$("$build/tests/bench_compare" compare "$work/old.csv" "$work/new.csv")
    times+=("$(echo "$out" | field seconds)")
    peaks+=("$(echo "$out" | field peak_rss_mb)")
    stalls+=("$(echo "$out" | field stall_ms)")
    /usr/bin/time -f '%e %M' -o "$work/diff.time" diff "$work/old.csv" "$work/new.csv" >/dev/null || true
    diffs+=("$(tail -1 "$work/diff.time" | cut -d' ' -f1)")
    diff_peaks+=("$(echo "$(tail -1 "$work/diff.time" | cut -d' ' -f2) / 1024" | bc -l)")
done
echo "  runs ${mb}MB: ours ${times[*]} s, ${peaks[*]} MB | diff ${diffs[*]} s | last: $out" >&2
t=$(printf '%s\n' "${times[@]}" | median)
p=$(printf '%s\n' "${peaks[@]}" | median)
d=$(printf '%s\n' "${diffs[@]}" | median)
dp=$(printf '%s\n' "${diff_peaks[@]}" | median)
s=$(printf '%s\n' "${stalls[@]}" | sort -n | tail -1)
printf '%-8s %10s %10s %8s %14s %14s %12s %s\n' size ours_s diff_s ratio peak_rss_MB diff_rss_MB max_stall_ms counts
printf '%-8s %10.3f %10.3f %8.2f %14.1f %14.1f %12s %s\n' "${mb}MB" "$t" "$d" "$(echo "$t / $d" | bc -l)" "$p" "$dp" "$s" \
    "$(echo "$out" | grep -o 'added=[0-9]* removed=[0-9]* changed=[0-9]*')"
summary "compare two ${mb} MB exports (s)" "$(printf %.3f "$t")" "diff $(printf %.2f "$d") s" "$(printf %.2f "$(echo "$t / $d" | bc -l)")" "<= 5 s"
summary "compare two ${mb} MB exports, peak RSS (MB)" "$(printf %.1f "$p")" "diff $(printf %.1f "$dp") MB" "$(printf %.2f "$(echo "$p / $dp" | bc -l)")" "<= 150 MB"
summary "event loop stall while comparing (ms)" "$s" "-" "-" "no visible stall"
