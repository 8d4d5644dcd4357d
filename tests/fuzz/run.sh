#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (the core library instrumented for coverage, ASan and UBSan) and runs
# each for SECONDS seconds (default 30) from the corpus in tests/fuzz/corpus. A crash fails the run; its input is
# written to build/fuzz/crashes/ to be added to the corpus after the fix.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${SECONDS_EACH:-30}
if [ ! -f build/fuzz/build.ninja ]; then
    CC=clang CXX=clang++ cmake -S . -B build/fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTESTOPS_BUILD_TESTS=OFF \
        -DTESTOPS_FUZZ=ON "-DCMAKE_CXX_FLAGS=-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined" \
        >/dev/null
fi
cmake --build build/fuzz --parallel "$(nproc)" --target fuzz_cron fuzz_dotenv fuzz_csv_rows fuzz_testops_json fuzz_web_path fuzz_snapshot >/dev/null
mkdir -p build/fuzz/crashes
failed=0
for target in cron dotenv csv_rows testops_json web_path snapshot; do
    corpus=$(mktemp -d) # new inputs stay out of the repository
    cp tests/fuzz/corpus/$target/* "$corpus/"
    if build/fuzz/tests/fuzz/fuzz_$target -max_total_time="$seconds" -max_len=4096 -artifact_prefix=build/fuzz/crashes/$target- \
        -print_final_stats=1 "$corpus" >build/fuzz/$target.log 2>&1; then
        echo "fuzz_$target: $(grep -o 'stat::number_of_executed_units: [0-9]*' build/fuzz/$target.log | grep -o '[0-9]*$') runs, no crash"
    else
        echo "fuzz_$target: CRASH (see build/fuzz/$target.log and build/fuzz/crashes/)"
        tail -30 build/fuzz/$target.log
        failed=$((failed + 1))
    fi
    rm -rf "$corpus"
done
echo "$((6 - failed)) passed, $failed failed"
[ $failed -eq 0 ]
