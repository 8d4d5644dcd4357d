#!/usr/bin/python3
"""No cluster runs here, so this checks the manifests in packaging/kubernetes against the app itself: they
parse; the kustomization lists them all; every setting they set is one the app reads; the port, paths and
probe are the app's; the pod runs as non-root on a read-only root file system with the headless image; and the
Role grants exactly the Lease verbs the code calls (KubeClient), nothing more."""
import re
import sys
from pathlib import Path

import yaml

root = Path(__file__).resolve().parents[2]
folder = root / "packaging/kubernetes"
settings_source = (root / "src/core/config/SettingsTable.cpp").read_text()
server = (root / "src/core/web/WebServer.cpp").read_text()
kube_client = (root / "src/core/cluster/KubeClient.cpp").read_text()
service_source = (root / "src/core/service/ExportService.cpp").read_text()
dockerfile = (root / "packaging/docker/Dockerfile").read_text()
checks = []


def check(name, ok):
    checks.append((name, bool(ok)))


kustomization = yaml.safe_load((folder / "kustomization.yaml").read_text())
objects = []
for resource in kustomization["resources"]:
    objects += [o for o in yaml.safe_load_all((folder / resource).read_text()) if o]
check("the kustomization lists every manifest",
      set(kustomization["resources"]) == {p.name for p in folder.glob("*.yaml")} - {"kustomization.yaml"})
check("namespace-agnostic (no object names a namespace)", all("namespace" not in o["metadata"] for o in objects))
by_kind = {}
for o in objects:
    by_kind.setdefault(o["kind"], []).append(o)
for kind in ("Deployment", "Service", "PersistentVolumeClaim", "ConfigMap", "Secret", "ServiceAccount", "Role",
             "RoleBinding"):
    check(f"a {kind}", kind in by_kind)

deployment = by_kind["Deployment"][0]
pod = deployment["spec"]["template"]["spec"]
container = pod["containers"][0]
settings_names = set(re.findall(r'\{u"([A-Z0-9_]+)"_s,', settings_source))
config = next(c for c in by_kind["ConfigMap"] if c["metadata"]["name"] == container["envFrom"][0]["configMapRef"]["name"])
secret = by_kind["Secret"][0]
check("two replicas", deployment["spec"]["replicas"] == 2)
check("every setting of the ConfigMap is one the app reads", set(config["data"]) <= settings_names)
check("every key of the Secret is a secret setting the app reads", set(secret["stringData"]) <= settings_names)
check("the token comes from the Secret, not the ConfigMap", "TESTOPS_TOKEN" in secret["stringData"] and "TESTOPS_TOKEN" not in config["data"])
check("the headless image (the Dockerfile's package)", container["image"].startswith("testops-export-headless:")
      and "testops-export-headless_" in dockerfile)
check("runs headless", container["args"] == ["--headless"])
check("non-root", pod["securityContext"]["runAsNonRoot"] is True and pod["securityContext"]["runAsUser"] != 0)
check("read-only root file system, no privilege escalation",
      container["securityContext"]["readOnlyRootFilesystem"] is True
      and container["securityContext"]["allowPrivilegeEscalation"] is False)
check("resources requested and limited", container["resources"]["requests"] and container["resources"]["limits"])
port = container["ports"][0]["containerPort"]
check("the container port is WEB_PORT", str(port) == config["data"]["WEB_PORT"])
check("the web view is shared with the Service", config["data"]["WEB_BIND"] == "0.0.0.0")
for probe in ("livenessProbe", "readinessProbe"):
    path = container[probe]["httpGet"]["path"]
    check(f"the {probe} asks a route of the server ({path})", f'{{"{path}", true' in server)
check("readiness is /readyz", container["readinessProbe"]["httpGet"]["path"] == "/readyz")
annotations = deployment["spec"]["template"]["metadata"]["annotations"]
check("Prometheus scrapes the pods' /metrics on the web port", annotations["prometheus.io/scrape"] == "true"
      and annotations["prometheus.io/path"] == "/metrics" and annotations["prometheus.io/port"] == str(port)
      and '{"/metrics", true' in server)
mounts = {m["name"]: m["mountPath"] for m in container["volumeMounts"]}
volumes = {v["name"]: v for v in pod["volumes"]}
check("EXPORT_PATH is the shared volume", mounts[next(n for n, v in volumes.items() if "persistentVolumeClaim" in v)]
      == config["data"]["EXPORT_PATH"])
projects_volume = next(n for n, v in volumes.items() if "configMap" in v)
item = volumes[projects_volume]["configMap"]["items"][0]
check("PROJECTS_CONFIG is the mounted projects.json", f'{mounts[projects_volume]}/{item["path"]}' == config["data"]["PROJECTS_CONFIG"])
projects_map = next(c for c in by_kind["ConfigMap"] if c["metadata"]["name"] == volumes[projects_volume]["configMap"]["name"])
check("projects.json is the Go tool's format", '"project_id"' in projects_map["data"][item["key"]])
check("a writable /tmp on the read-only file system", mounts.get("tmp") == "/tmp" and "emptyDir" in volumes["tmp"])
pod_name = next(e for e in container["env"] if e["name"] == "POD_NAME")
check("the identity is the pod's name, as the code reads it", pod_name["valueFrom"]["fieldRef"]["fieldPath"] == "metadata.name"
      and '"POD_NAME"' in service_source)
check("leader election on", config["data"]["LEADER_ELECTION"] in ("auto", "on"))
check("the PVC is shared between replicas", by_kind["PersistentVolumeClaim"][0]["spec"]["accessModes"] == ["ReadWriteMany"])
service = by_kind["Service"][0]
check("the Service reaches the pods' web port", service["spec"]["ports"][0]["targetPort"] in ("http", port)
      and service["spec"]["selector"] == deployment["spec"]["selector"]["matchLabels"])
check("the pods use the ServiceAccount", pod["serviceAccountName"] == by_kind["ServiceAccount"][0]["metadata"]["name"])
binding = by_kind["RoleBinding"][0]
role = by_kind["Role"][0]
check("the RoleBinding binds the Role to the ServiceAccount", binding["roleRef"]["name"] == role["metadata"]["name"]
      and binding["subjects"][0]["name"] == pod["serviceAccountName"])

# The verbs the code calls: HTTP methods of KubeClient's requests on the Lease paths.
method_verbs = {"GET": "get", "POST": "create", "PUT": "update", "PATCH": "patch", "DELETE": "delete"}
called = {method_verbs[m] for m in re.findall(r'send\("([A-Z]+)"', kube_client)}
rules = role["rules"]
check("the Role has one rule", len(rules) == 1)
check("the Role grants leases in coordination.k8s.io only", rules[0]["apiGroups"] == ["coordination.k8s.io"]
      and rules[0]["resources"] == ["leases"] and "/apis/coordination.k8s.io/v1/namespaces/%1/leases" in kube_client)
check(f"the Role grants exactly the verbs the code calls ({sorted(called)})", set(rules[0]["verbs"]) == called)

for name, ok in checks:
    print(("ok   " if ok else "FAIL ") + name)
failed = sum(not ok for _, ok in checks)
print(f"{len(checks) - failed} passed, {failed} failed")
sys.exit(1 if failed else 0)
