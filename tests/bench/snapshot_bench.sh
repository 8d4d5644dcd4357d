#!/usr/bin/env bash
# Snapshots (#30) against the fake TestOps with LATENCY ms added to every answer about a case: CASES cases in
# ten groups, 8 steps each (two nested, one shared), 2 attachments of 50 KB on average and one of 20 MB.
#   tests/bench/snapshot_bench.sh BUILD_DIR [CASES] [LATENCY_MS]
# Reports: the first snapshot's requests per second beside what the server allows (SNAPSHOT_CONCURRENCY /
# latency) and its requests per case; a day later with 1 % of the cases changed, its requests against the
# first's and how much the store grew; peak RSS of each beside a snapshot of an empty group; --verify of the
# whole store in MB/s beside sha256sum over the same files.
set -euo pipefail
build=$(realpath "$1")
cases=${2:-5000}
latency=${3:-20}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d /tmp/snapshot-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
python3 - "$build" "$cases" "$latency" "$work" <<'PY'
import glob, json, os, resource, subprocess, sys, time, urllib.request
build, cases, latency, work = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
binary = os.path.join(build, "src/testops-export")
groups = 10
per_group = max(1, cases // groups)
concurrency = 4
spec = [f"--model=1:1:{101 + g}:{per_group}:G{g}" for g in range(groups)] + ["--model=1:1:999:0:Empty"]
fake = subprocess.Popen([os.path.join(build, "tests/fake-testops"), "--port=0", f"--latency={latency}",
                         "--attachment-bytes=51200", "--big-attachment=20971520", *spec],
                        stdout=subprocess.PIPE, text=True)
url = fake.stdout.readline().strip().split("=", 1)[1]
store = os.path.join(work, "exports/snapshots")

def env(group_list):
    return {"PATH": os.environ["PATH"], "HOME": work, "LC_ALL": "C", "TESTOPS_BASE_URL": url,
            "TESTOPS_TOKEN": "fake-api-token-0123456789", "EXPORT_GROUPS": group_list,
            "EXPORT_PATH": os.path.join(work, "exports"), "SNAPSHOT_CONCURRENCY": str(concurrency),
            "RETRY_DELAYS": "", "SNAPSHOT_KEEP": ""}

def run(args, group_list):
    start = time.monotonic()
    done = subprocess.run([binary, *args], env=env(group_list), cwd=work, capture_output=True, text=True)
    took = time.monotonic() - start
    if done.returncode != 0:
        sys.exit(f"{args} exited {done.returncode}: {done.stdout}{done.stderr}")
    return took, done.stdout, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024

def manifests():
    return [json.load(open(p)) for p in sorted(glob.glob(os.path.join(store, "snapshots/*.json")))]

def stored():
    return sum(os.path.getsize(p) for p in glob.glob(os.path.join(store, "objects/*/*")))

all_groups = ",".join(f"G{g}=1:1:{101 + g}" for g in range(groups))
_, _, idle_rss = run(["--snapshot-now"], "Empty=1:1:999")
first_s, _, first_rss = run(["--snapshot-now"], all_groups)
first = [m for m in manifests() if m["group"] != "Empty"]
first_requests = sum(m["requests"] for m in first)
first_cases = sum(m["cases"] for m in first)
first_bytes = stored()
for g in range(groups):
    urllib.request.urlopen(urllib.request.Request(f"{url}/_fake/model-edit?group={101 + g}&percent=1", method="POST"))
time.sleep(1.1)  # a new second: a new snapshot id
second_s, _, second_rss = run(["--snapshot-now"], all_groups)
second = [m for m in manifests() if m["group"] != "Empty" and m not in first]
second_requests = sum(m["requests"] for m in second)
fetched = sum(m["fetched"] for m in second)
growth = stored() - first_bytes
changed_bytes = sum(m["bytesNew"] for m in second)
verify_s, verify_out, _ = run(["--verify"], all_groups)
objects = glob.glob(os.path.join(store, "objects/*/*"))
start = time.monotonic()
subprocess.run(["sha256sum", *objects], stdout=subprocess.DEVNULL, check=True)
sha_s = time.monotonic() - start
fake.terminate()
allowed = concurrency / (latency / 1000)
rate = first_requests / first_s
mb = first_bytes / 1e6
print(f"snapshot first: {first_cases} cases, {first_requests} requests in {first_s:.1f} s = {rate:.0f}/s "
      f"(server allows {allowed:.0f}/s: {rate / allowed:.2f}); {first_requests / first_cases:.2f} requests a case; "
      f"store {mb:.1f} MB; peak RSS {first_rss:.1f} MB (empty group {idle_rss:.1f} MB)")
print(f"snapshot a day later, 1 % changed: {fetched} cases read, {second_requests} requests "
      f"({second_requests / first_requests * 100:.2f} % of the first) in {second_s:.1f} s; store grew "
      f"{growth / 1e3:.0f} kB ({growth / first_bytes * 100:.3f} % of the first; what changed on disk {changed_bytes / 1e3:.0f} kB); "
      f"peak RSS {second_rss:.1f} MB")
print(f"verify: {mb:.1f} MB in {verify_s:.2f} s = {mb / verify_s:.0f} MB/s; sha256sum of the same files "
      f"{sha_s:.2f} s = {mb / sha_s:.0f} MB/s")
summary = os.environ.get("SUMMARY")
if summary:
    with open(summary, "a") as f:
        f.write(f"snapshot of {first_cases} cases, {latency} ms a request (requests/s)\t{rate:.0f}\t"
                f"SNAPSHOT_CONCURRENCY / latency {allowed:.0f}/s\t{rate / allowed:.2f}\t>= 0.85\n")
        f.write(f"snapshot: requests a case\t{first_requests / first_cases:.2f}\t5 + attachments (2) = 7\t-\tthe API's minimum\n")
        f.write(f"snapshot a day later, 1 % changed (requests)\t{second_requests}\tfirst {first_requests}\t"
                f"{second_requests / first_requests:.4f}\t<= 0.03\n")
        f.write(f"snapshot a day later: store growth (kB)\t{growth / 1e3:.0f}\t1 % of first {first_bytes / 1e5:.0f} kB + changed\t"
                f"{growth / (first_bytes / 100 + changed_bytes):.2f}\t<= 1\n")
        f.write(f"snapshot: peak RSS (MB)\t{max(first_rss, second_rss):.1f}\tempty group {idle_rss:.1f} MB\t"
                f"+{max(first_rss, second_rss) - idle_rss:.1f} MB\t<= +40 MB\n")
        f.write(f"--verify of the snapshot store (MB/s)\t{mb / verify_s:.0f}\tsha256sum {mb / sha_s:.0f} MB/s\t"
                f"{sha_s / verify_s:.2f}\tdisk speed\n")
PY
