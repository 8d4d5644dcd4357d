#!/usr/bin/env bash
# Every benchmark, then one table of all of them: our figure, the baseline measured in the same run, the ratio
# and the target. Builds a Release tree with the test tools first (build/bench); --quick uses the test step's
# trees when they are there (build/test, build/test/headless).
#   tests/bench/run.sh            full sizes: exports of 10 and 200 MB, 10,000 files in the window, 3,650 on
#                                 the web, a 200 MB download, two 200 MB exports compared (about 6 minutes)
#   tests/bench/run.sh --quick    small sizes, one run each (CI runs this to catch a broken benchmark)
# The full run's output is kept in tests/bench/RESULTS.md.
set -euo pipefail
export LC_ALL=C
cd "$(dirname "$0")/../.."
if [ "${1:-}" = --quick ] && [ -x build/test/tests/bench_soak ] && [ -x build/test/headless/src/testops-export ]; then
    # CI's quick run only checks that each benchmark still runs: the test step's trees (its Debug build, and the
    # headless Release build its package test made) serve, and no Release tree is built for it.
    tree=build/test headless=build/test/headless
else
    tree=build/bench headless=build/bench-headless
    if [ ! -f build/bench/build.ninja ]; then
        cmake -S . -B build/bench -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
    fi
    cmake --build build/bench --parallel "$(nproc)" --target testops-export fake-testops bench_window bench_compare bench_soak bench_upload >/dev/null
    # The headless-only build (what the Docker image runs), for its idle footprint.
    if [ ! -f build/bench-headless/build.ninja ]; then
        cmake -S . -B build/bench-headless -G Ninja -DCMAKE_BUILD_TYPE=Release -DTESTOPS_BUILD_TESTS=OFF \
            -DWITH_DESKTOP=OFF >/dev/null
    fi
    cmake --build build/bench-headless --parallel "$(nproc)" >/dev/null
fi
export SUMMARY
SUMMARY=$(mktemp /tmp/bench-summary.XXXXXX)
trap 'rm -f "$SUMMARY"' EXIT
echo "# $(date -u +%Y-%m-%dT%H:%M:%SZ), $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1), $(nproc) cores," \
    "$(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(. /etc/os-release && echo "$PRETTY_NAME")"

window() { # FILES: the window benchmark, and its row in the summary
    local out
    out=$(QT_QPA_PLATFORM=offscreen "$tree"/tests/bench_window "$1" 2>/dev/null)
    echo "$out"
    echo "$out" | awk -v files="$1" '$1 == "exports" && $2 == "window" {
        printf "window with %d files: open; worst sort (ms)\t%.0f; %.0f\tQDir listing %.0f ms\t%.1f\t<= 200 ms each\n",
            files, $4, $5, $6, $4 / $6 }' >>"$SUMMARY"
}

soak() { # CYCLES: run-now cycles with a retention of 50 days; RSS growth after cycle 50
    local out
    out=$("$tree"/tests/bench_soak "$tree"/tests/fake-testops "$1" 2>/dev/null)
    echo "$out"
    echo "$out" | awk '$1 == "run-now" && $2 == "cycles" {
        printf "soak, %d run-now cycles keeping 50 files: RSS growth after cycle 50\t%.2f MB\tRSS at cycle 50: %.1f MB\t%.3f\t<= 3 MB\n",
            $3, $8, $6, $7 / $6 }' >>"$SUMMARY"
}

if [ "${1:-}" = --quick ]; then
    RUNS=1 tests/bench/export_bench.sh "$tree" 5
    window 1000
    DURATION=1 SIZE_MB=20 tests/bench/web_bench.sh "$tree"
    DURATION=1 FILES=5000 IDLE_SECONDS=3 tests/bench/headless_bench.sh "$tree" "$headless"
    RUNS=1 tests/bench/compare_bench.sh "$tree" 5
    RUNS=1 tests/bench/journal_bench.sh "$tree" 4000
    soak 100
    RUNS=1 tests/bench/s3_bench.sh "$tree" 20
    DURATION=1 tests/bench/bucket_bench.sh "$tree" 1500
    tests/bench/snapshot_bench.sh "$tree" 200 5
    tests/bench/restore_bench.sh "$tree" 50 5
else
    RUNS=${RUNS:-9} tests/bench/export_bench.sh build/bench 10 200
    echo
    window 10000
    echo
    tests/bench/desktop_bench.sh build/bench 2>&1 | grep -vE 'dbus-daemon|Message:|discover_other'
    echo
    tests/bench/web_bench.sh build/bench
    echo
    tests/bench/headless_bench.sh build/bench build/bench-headless
    echo
    tests/bench/compare_bench.sh build/bench 200
    echo
    tests/bench/journal_bench.sh build/bench 40000
    echo
    soak 500
    echo
    RUNS=3 tests/bench/s3_bench.sh build/bench 200
    echo
    tests/bench/bucket_bench.sh build/bench 3650
    echo
    tests/bench/snapshot_bench.sh build/bench 5000 20
    echo
    tests/bench/restore_bench.sh build/bench 500 20
fi

echo
echo "## All benchmarks"
echo
echo "| measure | ours | baseline (same run) | ratio | target |"
echo "|---|---|---|---|---|"
awk -F'\t' '{printf "| %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, $5}' "$SUMMARY"
