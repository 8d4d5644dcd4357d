# Sourced by the benchmarks that start the app on a large folder (headless_bench.sh, structure_bench.sh), after
# they set $work (a scratch folder) and pids=() (what their EXIT trap kills):
#   folder DIR COUNT            COUNT exports of ten groups, a day apart, with the journal our exporter writes
#   start_server BINARY FOLDER  starts --headless with the web view on that folder → "pid base_url", once it answers
#   rss_mb PID                  the process's resident memory in MB
folder() { # DIR COUNT
    mkdir -p "$1"
    python3 - "$1" "$2" <<'PY'
import datetime, hashlib, json, os, sys
folder, count = sys.argv[1], int(sys.argv[2])
groups = ["API", "UI", "Mobile", "Backend", "Smoke", "Payments", "Search", "Auth", "Reports", "Регресс"]
start = datetime.datetime(2026, 11, 22, 7, 0, 0) - datetime.timedelta(days=count // len(groups))
os.makedirs(folder + "/.testops-export", exist_ok=True)
line = lambda o: json.dumps(o, ensure_ascii=False, separators=(",", ":"), sort_keys=True) + "\n"
last = {}
with open(folder + "/.testops-export/history.jsonl", "w") as journal:
    for i in range(count):
        group = groups[i % len(groups)]
        stamp = (start + datetime.timedelta(days=i // len(groups))).strftime("%Y-%m-%d_%H-%M-%S")
        name = f"testops_export_{group}_{stamp}.csv"
        with open(os.path.join(folder, name), "w") as f:
            f.write("allure_id;name\n1;x\n")
        journal.write(line({"type": "attempt", "group": group, "file": name, "rows": 1, "outcome": "success",
                            "attempt": 1}))
        previous = last.get(group)
        journal.write(line({"type": "check", "group": group, "file": name, "previous": previous,
                            "sha256": hashlib.sha256(name.encode()).hexdigest(), "identical": False, "kept": True,
                            "changes": None if previous is None else {"added": i % 7, "removed": i % 3,
                                                                      "changed": i % 11}}))
        last[group] = name
PY
}

start_server() { # BINARY FOLDER
    local log
    log=$(mktemp "$work/log.XXXXXX")
    (cd "$work" && exec env HOME="$work" XDG_CONFIG_HOME="$work/config" TESTOPS_BASE_URL=http://127.0.0.1:9 \
        TESTOPS_TOKEN=bench-token-0123456789 EXPORT_GROUPS=API=1:1:1 EXPORT_PATH="$2" WEB_PORT=0 \
        CATCH_UP_MISSED=false RETENTION_DAYS=0 "$1" --headless >"$log" 2>&1) &
    local pid=$!
    pids+=("$pid")
    for _ in $(seq 300); do grep -q "web view at" "$log" && break; sleep 0.05; done
    local base
    base=$(grep -o 'web view at http://[^ ]*' "$log" | sed 's/web view at //; s|/$||')
    [ -n "$base" ] || { echo "the web view did not start" >&2; cat "$log" >&2; exit 1; }
    for _ in $(seq 300); do curl -sf -o /dev/null "$base/api/status" && break; sleep 0.05; done
    echo "$pid $base"
}
rss_mb() { awk '/VmRSS/ {printf "%.1f", $2 / 1024}' /proc/"$1"/status; }
