#!/usr/bin/python3
"""No Docker engine runs here, so this checks what can be checked without one: the Dockerfile builds with the
README's own step, runs headless as an ordinary user with the web view open and a health check on a path the
server serves; the compose file parses and wires .env, the port and the export volume."""
import re
import sys
from pathlib import Path

import yaml

root = Path(__file__).resolve().parents[2]
dockerfile = (root / "packaging/docker/Dockerfile").read_text()
readme = (root / "README.md").read_text()
server = (root / "src/core/web/WebServer.cpp").read_text()
compose = yaml.safe_load((root / "packaging/docker/compose.yaml").read_text())
checks = []


def check(name, ok):
    checks.append((name, bool(ok)))


build_step = re.search(r"^RUN (packaging/bootstrap\.sh [\w-]+)$", dockerfile, re.M)
check("the image is built with a bootstrap.sh step", build_step)
check("that step is the README's", build_step and build_step.group(1) in readme)
check("Debian 12 base images", all(line.split()[1].startswith("debian:12") for line in dockerfile.splitlines() if line.startswith("FROM ")))
user = re.search(r"^USER (\S+)$", dockerfile, re.M)
check("runs as an ordinary user", user and user.group(1) not in ("root", "0"))
check("runs headless", re.search(r'^ENTRYPOINT \["testops-export", "--headless"\]$', dockerfile, re.M))
check("the web view is shared", "WEB_BIND=0.0.0.0" in dockerfile)
check("the export folder is a volume", re.search(r"^VOLUME /exports$", dockerfile, re.M) and "EXPORT_PATH=/exports" in dockerfile)
health = re.search(r"http://127\.0\.0\.1:(\d+)(/\S*)", dockerfile)
check("a HEALTHCHECK asks the web view", "HEALTHCHECK" in dockerfile and health)
check("the health check's path is a route of the server", health and f'"{health.group(2)}"' in server)
check("the health check's port is the web port", health and f"WEB_PORT={health.group(1)}" in dockerfile)
deb = re.search(r"COPY --from=build (\S+)", dockerfile)
version = re.search(r"project\(testops-export\s+VERSION (\S+)", (root / "CMakeLists.txt").read_text())
check("the copied package has the project's version", deb and version and f"_{version.group(1)}-1_amd64.deb" in deb.group(1))
check("the image gets the headless build (no Widgets, no keychain)",
      build_step and build_step.group(1).endswith("package-headless") and deb and "testops-export-headless_" in deb.group(1)
      and "build/headless/" in deb.group(1))

service = compose["services"]["testops-export"]
check("compose builds this Dockerfile", (root / "packaging/docker" / service["build"]["context"] / service["build"]["dockerfile"]).resolve() == root / "packaging/docker/Dockerfile")
check("compose reads .env from the repository root", (root / "packaging/docker" / service["env_file"]).resolve() == root / ".env")
check("compose publishes the web port", "9090:9090" in service["ports"])
check("compose keeps the exports on the host", any(v.endswith(":/exports") for v in service["volumes"]))
check(".dockerignore keeps the build and the secrets out", {"build", ".env", ".git"} <= set((root / ".dockerignore").read_text().split()))

for name, ok in checks:
    print(("ok   " if ok else "FAIL ") + name)
failed = sum(not ok for _, ok in checks)
print(f"{len(checks) - failed} passed, {failed} failed")
sys.exit(1 if failed else 0)
