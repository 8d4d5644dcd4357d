# Sourced by the benchmarks: `summary MEASURE OURS BASELINE RATIO TARGET` adds one row to the combined table that
# tests/bench/run.sh prints at the end (the file named by $SUMMARY; nothing when a benchmark runs on its own).
summary() {
    if [ -n "${SUMMARY:-}" ]; then printf '%s\t%s\t%s\t%s\t%s\n' "$@" >>"$SUMMARY"; fi
}
