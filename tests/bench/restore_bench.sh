#!/usr/bin/env bash
# The plan of a restore from a snapshot (#31) against the fake TestOps with LATENCY ms added to every answer
# about a case: CASES stored cases in one group, one snapshot, then `--restore-snapshot ID` (the plan: every
# case read as TestOps has it now, four calls each) with the cases read one at a time (SNAPSHOT_CONCURRENCY=1,
# how the plan read before) and four at a time (the default), beside the floor six connections allow.
#   tests/bench/restore_bench.sh BUILD_DIR [CASES] [LATENCY_MS]
set -euo pipefail
build=$(realpath "$1")
cases=${2:-500}
latency=${3:-20}
work=$(mktemp -d /tmp/restore-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
python3 - "$build" "$cases" "$latency" "$work" <<'PY'
import os, subprocess, sys, time
build, cases, latency, work = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
binary = os.path.join(build, "src/testops-export")
fake = subprocess.Popen([os.path.join(build, "tests/fake-testops"), "--port=0", f"--latency={latency}",
                         "--attachment-bytes=2048", f"--model=1:1:101:{cases}:G"],
                        stdout=subprocess.PIPE, text=True)
url = fake.stdout.readline().strip().split("=", 1)[1]

def run(args, concurrency):
    env = {"PATH": os.environ["PATH"], "HOME": work, "LC_ALL": "C", "TESTOPS_BASE_URL": url,
           "TESTOPS_TOKEN": "fake-api-token-0123456789", "EXPORT_GROUPS": "G=1:1:101",
           "EXPORT_PATH": os.path.join(work, "exports"), "SNAPSHOT_CONCURRENCY": str(concurrency),
           "RETRY_DELAYS": ""}
    start = time.monotonic()
    done = subprocess.run([binary, *args], env=env, cwd=work, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"{args} exited {done.returncode}: {done.stdout}{done.stderr}")
    return time.monotonic() - start, done.stdout

run(["--snapshot-now"], 4)
_, listed = run(["--snapshots"], 4)
snapshot = listed.split()[0]
one, out = run(["--restore-snapshot", snapshot], 1)
assert "Nothing to put back" in out, out
four, _ = run(["--restore-snapshot", snapshot], 4)
fake.terminate()
# Four calls a case; Qt keeps at most six connections to one host (HTTP/1.1), so at most six calls are in
# flight whatever the cases read at once: the floor is cases x 4 x latency / 6.
floor = cases * 4 * latency / 1000 / 6
print(f"restore plan of {cases} cases at {latency} ms: one case at a time {one:.1f} s (baseline), "
      f"four at a time {four:.1f} s = {four / one:.2f} of the baseline; the floor of six connections "
      f"({cases} x 4 calls x {latency} ms / 6) {floor:.1f} s: {floor / four:.2f}")
PY
