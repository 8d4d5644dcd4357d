#!/usr/bin/env bash
# Builds a Release tree with the test tools (build/bench) and runs every benchmark; prints one table each.
#   tests/bench/run.sh            full sizes (10 MB and 200 MB exports, 5 runs each)
#   tests/bench/run.sh --quick    small sizes, one run (CI uses this to catch a broken benchmark)
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ ! -f build/bench/build.ninja ]; then
    cmake -S . -B build/bench -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
fi
cmake --build build/bench --parallel "$(nproc)" --target testops-export fake-testops bench_window >/dev/null
echo "# $(date -u +%Y-%m-%dT%H:%M:%SZ) on $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo)"
if [ "${1:-}" = --quick ]; then
    RUNS=1 tests/bench/export_bench.sh build/bench 5
    QT_QPA_PLATFORM=offscreen build/bench/tests/bench_window 1000 2>/dev/null
    DURATION=1 SIZE_MB=20 tests/bench/web_bench.sh build/bench
else
    RUNS=${RUNS:-5} tests/bench/export_bench.sh build/bench 10 200
    echo
    QT_QPA_PLATFORM=offscreen build/bench/tests/bench_window 10000 2>/dev/null
    echo
    tests/bench/desktop_bench.sh build/bench 2>&1 | grep -vE 'dbus-daemon|Message:|discover_other'
    echo
    tests/bench/web_bench.sh build/bench
fi
