#!/usr/bin/env python3
"""A Kubernetes API double for the leader-election tests: Leases (coordination.k8s.io/v1) over HTTPS, with the
rules of the real API server that the election depends on:
- a bearer token must be one of the service accounts' (else 401 Unauthorized, as a Status);
- GET of a missing Lease is 404 NotFound; POST of an existing one is 409 AlreadyExists;
- PUT carries metadata.resourceVersion; when it is not the current one, 409 Conflict; every write bumps it;
- only the Lease paths exist (others 404), and only the verbs get, create and update are served (405).

usage: kube_api_double.py CERT KEY TOKENS   (TOKENS: token=identity,...; prints API_PORT=<p> CONTROL_PORT=<p>)
Control (plain HTTP on CONTROL_PORT, for the test): GET /holders lists every change of the holder as
"<ms since the epoch> <holder>" lines; POST /cut?who=ID makes the API never answer that replica (its requests
hang until /uncut?who=ID); GET /verbs lists the verb and resource of every request served."""
import http.server
import json
import socketserver
import ssl
import sys
import threading
import time
import urllib.parse

CERT, KEY, TOKENS = sys.argv[1], sys.argv[2], dict(item.split("=", 1) for item in sys.argv[3].split(","))
lock = threading.Lock()
leases = {}     # (namespace, name) -> object
holders = []    # (ms, holder) on every change of the holder
cut = set()     # identities the API does not answer
verbs = []      # "get leases", "create leases", ...
PREFIX = "/apis/coordination.k8s.io/v1/namespaces/"


def status(code, reason, message):
    return code, {"kind": "Status", "apiVersion": "v1", "metadata": {}, "status": "Failure",
                  "message": message, "reason": reason, "code": code}


def record_holder(obj):
    holder = obj.get("spec", {}).get("holderIdentity", "")
    if not holders or holders[-1][1] != holder:
        holders.append((int(time.time() * 1000), holder))


def serve(method, path, body):
    if not path.startswith(PREFIX):
        return status(404, "NotFound", "the server could not find the requested resource")
    parts = path[len(PREFIX):].split("/")
    if len(parts) not in (2, 3) or parts[1] != "leases":
        return status(404, "NotFound", "the server could not find the requested resource")
    namespace, name = parts[0], (parts[2] if len(parts) == 3 else None)
    with lock:
        if method == "GET" and name:
            verbs.append("get leases")
            obj = leases.get((namespace, name))
            if obj is None:
                return status(404, "NotFound", 'leases.coordination.k8s.io "%s" not found' % name)
            return 200, obj
        if method == "POST" and not name:
            verbs.append("create leases")
            name = body.get("metadata", {}).get("name", "")
            if (namespace, name) in leases:
                return status(409, "AlreadyExists", 'leases.coordination.k8s.io "%s" already exists' % name)
            body.setdefault("metadata", {}).update({"namespace": namespace, "resourceVersion": "1",
                                                    "uid": "lease-%d" % len(leases)})
            leases[(namespace, name)] = body
            record_holder(body)
            return 201, body
        if method == "PUT" and name:
            verbs.append("update leases")
            current = leases.get((namespace, name))
            if current is None:
                return status(404, "NotFound", 'leases.coordination.k8s.io "%s" not found' % name)
            given = body.get("metadata", {}).get("resourceVersion")
            if given is not None and given != current["metadata"]["resourceVersion"]:
                return status(409, "Conflict", 'Operation cannot be fulfilled on leases.coordination.k8s.io "%s": '
                              "the object has been modified; please apply your changes to the latest version and "
                              "try again" % name)
            body.setdefault("metadata", {})["resourceVersion"] = str(int(current["metadata"]["resourceVersion"]) + 1)
            body["metadata"]["namespace"] = namespace
            leases[(namespace, name)] = body
            record_holder(body)
            return 200, body
    return status(405, "MethodNotAllowed", "the server does not allow this method on the requested resource")


class Api(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def handle_any(self):
        length = int(self.headers.get("Content-Length", 0) or 0)
        raw = self.rfile.read(length) if length else b""
        auth = self.headers.get("Authorization", "")
        who = TOKENS.get(auth[7:]) if auth.startswith("Bearer ") else None
        if who is None:
            code, answer = status(401, "Unauthorized", "Unauthorized")
        else:
            while who in cut:  # never answered while cut off; the client gives up
                time.sleep(0.05)
            try:
                body = json.loads(raw) if raw else {}
            except ValueError:
                body = None
            if body is None:
                code, answer = status(400, "BadRequest", "the body is not JSON")
            else:
                code, answer = serve(self.command, urllib.parse.urlsplit(self.path).path, body)
        data = json.dumps(answer).encode()
        try:
            self.send_response(code)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
        except OSError:
            pass

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = handle_any


class Control(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_GET(self):
        url = urllib.parse.urlsplit(self.path)
        with lock:
            if url.path == "/holders":
                text = "\n".join("%d %s" % h for h in holders)
            else:
                text = "\n".join(verbs)
        self.answer(text)

    def do_POST(self):
        url = urllib.parse.urlsplit(self.path)
        who = urllib.parse.parse_qs(url.query).get("who", [""])[0]
        if url.path == "/cut":
            cut.add(who)
        elif url.path == "/uncut" and who == "all":
            cut.clear()
        elif url.path == "/uncut":
            cut.discard(who)
        self.answer("ok")

    def answer(self, text):
        data = text.encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True


api = Server(("127.0.0.1", 0), Api)
context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
context.load_cert_chain(CERT, KEY)
api.socket = context.wrap_socket(api.socket, server_side=True)
control = Server(("127.0.0.1", 0), Control)
threading.Thread(target=control.serve_forever, daemon=True).start()
print("API_PORT=%d CONTROL_PORT=%d" % (api.server_address[1], control.server_address[1]), flush=True)
api.serve_forever()
