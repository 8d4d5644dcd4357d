#!/usr/bin/env python3
"""A real Prometheus (Debian's package) scrapes the app: promtool accepts /metrics and the alert rules, and a
Prometheus on loopback, scraping every second with the web view's key as a bearer token, answers a query for the
last success of a group with the time of the export the app made.
usage: prometheus_scrape.py APP FAKE_TESTOPS"""
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request

APP, FAKE = sys.argv[1], sys.argv[2]
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
KEY = "scrape-key-0123456789"
failures = 0


def check(what, ok, detail=""):
    global failures
    print(("ok   " if ok else "FAIL ") + what + ("" if ok else f": {detail}"))
    failures += 0 if ok else 1


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(what, probe, seconds):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        result = probe()
        if result:
            return result
        time.sleep(0.2)
    raise RuntimeError(f"{what} within {seconds} s")


def get(url, headers=None):
    request = urllib.request.Request(url, headers=headers or {})
    with urllib.request.urlopen(request, timeout=5) as answer:
        return answer.read().decode("utf-8")


def _try(probe):
    try:
        return probe()
    except OSError:
        return None


work = tempfile.mkdtemp(prefix="prometheus-scrape-")
processes = []
try:
    fake = subprocess.Popen([FAKE, "--port", "0"], stdout=subprocess.PIPE, stdin=subprocess.DEVNULL)
    processes.append(fake)
    fake_url = fake.stdout.readline().decode().strip().split("=", 1)[1]
    env = {"PATH": os.environ["PATH"], "HOME": work, "LC_ALL": "C.UTF-8", "XDG_CONFIG_HOME": f"{work}/config",
           "TESTOPS_BASE_URL": fake_url, "TESTOPS_TOKEN": "fake-api-token-0123456789",
           "EXPORT_GROUPS": "API=17:937:26961091", "EXPORT_PATH": f"{work}/exports", "RETRY_DELAYS": "",
           "WEB_ACCESS_KEY": KEY}
    for variable in ("ASAN_OPTIONS", "UBSAN_OPTIONS"):
        if variable in os.environ:
            env[variable] = os.environ[variable]
    # One export first: its time is what Prometheus must report.
    done = subprocess.run([APP, "--export-now"], cwd=work, env=env, capture_output=True, text=True, timeout=120)
    check("--export-now made an export", done.returncode == 0, done.stdout + done.stderr)
    exported = [name for name in os.listdir(f"{work}/exports") if name.endswith(".csv")]
    stamp = re.search(r"_(\d{4}-\d\d-\d\d_\d\d-\d\d-\d\d)\.csv$", exported[0]).group(1)
    export_time = time.mktime(time.strptime(stamp, "%Y-%m-%d_%H-%M-%S")) - time.timezone  # the name is UTC

    app_port = free_port()
    app = subprocess.Popen([APP, "--headless"], cwd=work, env=dict(env, WEB_PORT=str(app_port)),
                           stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    processes.append(app)
    metrics = wait_for("/metrics answers", lambda: _try(lambda: get(
        f"http://127.0.0.1:{app_port}/metrics", {"Authorization": f"Bearer {KEY}"})), 30)

    lint = subprocess.run(["promtool", "check", "metrics"], input=metrics, capture_output=True, text=True)
    check("promtool check metrics passes on /metrics", lint.returncode == 0, lint.stdout + lint.stderr)
    rules = subprocess.run(["promtool", "check", "rules", f"{ROOT}/packaging/prometheus/alerts.yml"],
                           capture_output=True, text=True)
    check("promtool check rules passes on packaging/prometheus/alerts.yml", rules.returncode == 0,
          rules.stdout + rules.stderr)

    prometheus_port = free_port()
    with open(f"{work}/prometheus.yml", "w") as config:
        config.write(f"""global:
  scrape_interval: 1s
  scrape_timeout: 1s
rule_files:
  - {ROOT}/packaging/prometheus/alerts.yml
scrape_configs:
  - job_name: testops-export
    authorization:
      credentials: {KEY}
    static_configs:
      - targets: ['127.0.0.1:{app_port}']
""")
    prometheus = subprocess.Popen(
        ["prometheus", f"--config.file={work}/prometheus.yml", f"--storage.tsdb.path={work}/tsdb",
         f"--web.listen-address=127.0.0.1:{prometheus_port}"],
        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=open(f"{work}/prometheus.log", "w"))
    processes.append(prometheus)
    api = f"http://127.0.0.1:{prometheus_port}/api/v1"

    def query(expression):
        answer = json.loads(get(f"{api}/query?" + urllib.parse.urlencode({"query": expression})))
        return answer["data"]["result"] if answer.get("status") == "success" else []

    result = wait_for("Prometheus has the group's last success",
                      lambda: _try(lambda: query('testops_export_last_success_timestamp_seconds{group="API"}')), 60)
    value = float(result[0]["value"][1])
    check("Prometheus reports the group's last success at the export's time",
          abs(value - export_time) < 2, f"{value} vs {export_time}")
    up = query('up{job="testops-export"}')
    check("the scrape is up, with the key as a bearer token", up and up[0]["value"][1] == "1", up)
    targets = json.loads(get(f"{api}/targets"))["data"]["activeTargets"]
    check("the target has no scrape error", targets and not targets[0].get("lastError"), targets)
    loaded = json.loads(get(f"{api}/rules"))["data"]["groups"]
    names = {rule["name"] for group in loaded for rule in group["rules"]}
    check("Prometheus loaded the alert rules", "TestOpsExportGroupFailed" in names, names)
    firing = [alert["labels"]["alertname"] for alert in json.loads(get(f"{api}/alerts"))["data"]["alerts"]]
    check("no alert fires for a healthy group", not firing, firing)
except Exception as error:  # noqa: BLE001: any failure above is this test's failure, said plainly
    check("the scrape ran", False, repr(error))
    log = f"{work}/prometheus.log"
    if os.path.exists(log):
        print(open(log).read()[-3000:])
finally:
    for process in reversed(processes):
        process.terminate()
        try:
            process.wait(15)
        except subprocess.TimeoutExpired:
            process.kill()
    shutil.rmtree(work, ignore_errors=True)


print(f"{failures} failed")
sys.exit(1 if failures else 0)
