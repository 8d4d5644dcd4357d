#!/usr/bin/env bash
# Start-up and memory with a long journal: 40,000 records of exports that retention deleted long ago (what
# 3.6 years of daily exports of 10 groups leave), against an empty journal, same binary, same run.
#   tests/bench/journal_bench.sh BUILD_DIR [RECORDS]      (BIN=… measures another binary)
# Reports the time from the start of --headless to its first /healthz 200 (median of RUNS) and the RSS after
# a second, and the journal's size after the start (the app compacts it).
set -euo pipefail
build=$1
records=${2:-40000}
bin=$(realpath "${BIN:-$build/src/testops-export}")
runs=${RUNS:-5}
here=$(cd "$(dirname "$0")" && pwd)
. "$here/summary.sh"
work=$(mktemp -d /tmp/journal-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT

python3 - "$work/history.jsonl" "$records" <<'PY'
import json, sys
path, total = sys.argv[1], int(sys.argv[2])
with open(path, "w") as f:
    n, job, day = 0, 1, 0
    while n < total:
        for g in range(10):
            name = "testops_export_G%d_2023-%02d-%02d_07-00-00.csv" % (g, 1 + day // 28 % 12, 1 + day % 28)
            for record in ({"type": "job", "group": "G%d" % g, "jobId": job, "state": "created"},
                           {"type": "attempt", "cycle": "c%d" % day, "group": "G%d" % g, "attempt": 1,
                            "start": "2023-01-01T07:00:00.000Z", "end": "2023-01-01T07:00:04.000Z",
                            "outcome": "success", "file": name, "bytes": 123456, "rows": 500, "jobId": job,
                            "expectedRows": 500},
                           {"type": "check", "cycle": "c%d" % day, "group": "G%d" % g, "file": name,
                            "previous": None, "sha256": "ab" * 32, "checkedRows": 500,
                            "changes": {"added": 3, "removed": 1, "changed": 2}, "identical": False,
                            "kept": True, "milliseconds": 12}):
                f.write(json.dumps(record, separators=(",", ":")) + "\n")
                n += 1
            job += 1
        f.write(json.dumps({"type": "cycle", "cycle": "c%d" % day, "outcome": "success"}) + "\n")
        n += 1
        day += 1
PY

measure() { # JOURNAL(empty|full) → "ms rss_kb journal_bytes"
    local dir="$work/run" port
    rm -rf "$dir" && mkdir -p "$dir/exports/.testops-export"
    [ "$1" = full ] && cp "$work/history.jsonl" "$dir/exports/.testops-export/history.jsonl"
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    python3 - "$bin" "$dir" "$port" <<'PY'
import os, subprocess, sys, time, urllib.request
binary, folder, port = sys.argv[1], sys.argv[2], sys.argv[3]
env = {"PATH": os.environ["PATH"], "HOME": folder, "TESTOPS_BASE_URL": "http://127.0.0.1:9",
       "TESTOPS_TOKEN": "bench-token-0123456789", "EXPORT_GROUPS": ",".join("G%d=1:1:%d" % (g, g + 1) for g in range(10)),
       "EXPORT_PATH": folder + "/exports", "WEB_PORT": port, "CATCH_UP_MISSED": "false", "LC_ALL": "C"}
start = time.monotonic()
app = subprocess.Popen([binary, "--headless"], env=env, cwd=folder, stderr=subprocess.DEVNULL)
while True:
    if app.poll() is not None:
        sys.exit(f"{binary} --headless ended with {app.returncode}")
    try:
        if urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1).status == 200:
            break
    except OSError:
        time.sleep(0.002)
ms = (time.monotonic() - start) * 1000
time.sleep(1)
rss = next(int(l.split()[1]) for l in open(f"/proc/{app.pid}/status") if l.startswith("VmRSS:"))
app.terminate()
app.wait(10)
journal = folder + "/exports/.testops-export/history.jsonl"
print(f"{ms:.0f} {rss} {os.path.getsize(journal) if os.path.exists(journal) else 0}")
PY
}

median() { sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }
declare -A ms rss size
for kind in empty full; do
    : >"$work/$kind"
    for _ in $(seq "$runs"); do measure "$kind" >>"$work/$kind"; done
    ms[$kind]=$(awk '{print $1}' "$work/$kind" | median)
    rss[$kind]=$(awk '{print $2}' "$work/$kind" | median)
    size[$kind]=$(awk '{print $3}' "$work/$kind" | tail -1)
done
echo "journal of $records records ($(stat -c %s "$work/history.jsonl") bytes), $runs runs, $bin"
printf '%-28s %10s %10s\n' "" "empty" "$records records"
printf '%-28s %10s %10s\n' "first /healthz 200 (ms)" "${ms[empty]}" "${ms[full]}"
printf '%-28s %10s %10s\n' "RSS after 1 s (KiB)" "${rss[empty]}" "${rss[full]}"
printf '%-28s %10s %10s\n' "journal after start (bytes)" "${size[empty]}" "${size[full]}"
summary "start with a journal of $records records: first /healthz (ms)" "${ms[full]}" "empty journal ${ms[empty]} ms" \
    "$(awk -v a="${ms[full]}" -v b="${ms[empty]}" 'BEGIN {printf "%.2f", a / (b > 0 ? b : 1)}')" "<= 100 ms"
summary "RSS with a journal of $records records of deleted files (KiB)" "${rss[full]}" "empty journal ${rss[empty]}" \
    "+$(( (${rss[full]} - ${rss[empty]}) ))" "<= +2048 KiB"
