#!/usr/bin/env python3
"""An S3 front that checks AWS Signature Version 4 as AWS, MinIO and Ceph do, in front of s3rver (which checks
only V2 signatures and lets any V4 one through). The signature is computed here from AWS's documentation
(https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html), independently
of the app's signer: a wrong secret, region, date or signed header gets 403 SignatureDoesNotMatch; a body that
is not what x-amz-content-sha256 or Content-MD5 say gets 400. Requests that pass go to s3rver as they came.

Faults for the tests: POST /__fault__ with a body such as "put-500 1", "put-reset 1", "put-slow 1" (an upload of which
the first MiB is taken, then nothing for 8 s), "list-500 1" (the next N bucket listings fail as S3 fails under load), "down 1" (refuse the next N requests with a reset) or "put-down 1" (the next N uploads), "get-gzip-cut 1" (the next object download
served gzip-encoded and cut short) queues them, "clear 0" drops those left; GET /__log__ lists the requests seen.
usage: sigv4_proxy.py UPSTREAM_PORT ACCESS_KEY SECRET_KEY REGION  (prints PROXY_PORT=<port>)"""
import base64
import datetime
import gzip
import hashlib
import hmac
import http.client
import http.server
import re
import socket
import sys
import tempfile
import threading
import time
import urllib.parse

UPSTREAM, ACCESS, SECRET, REGION = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
faults = {}
seen = []
lock = threading.Lock()


def take_fault(name):
    with lock:
        if faults.get(name, 0) > 0:
            faults[name] -= 1
            return True
    return False


def uri_encode(text, keep_slash):
    safe = "-_.~" + ("/" if keep_slash else "")
    return urllib.parse.quote(text, safe=safe)


def error(handler, status, code, message):
    body = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>%s</Code><Message>%s</Message></Error>"
            % (code, message)).encode()
    handler.send_response(status)
    handler.send_header("Content-Type", "application/xml")
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


def check_signature(method, raw_path, headers, payload_hash):
    """Returns None when the request is signed right, otherwise (code, message)."""
    auth = headers.get("authorization", "")
    match = re.match(r"AWS4-HMAC-SHA256 Credential=([^/]+)/(\d{8})/([^/]+)/s3/aws4_request,\s*"
                     r"SignedHeaders=([a-z0-9;-]+),\s*Signature=([0-9a-f]{64})$", auth)
    if not match:
        return ("AccessDenied", "no AWS4-HMAC-SHA256 Authorization header")
    access, day, region, signed, given = match.groups()
    if access != ACCESS:
        return ("InvalidAccessKeyId", "The AWS Access Key Id you provided does not exist in our records.")
    amz_date = headers.get("x-amz-date", "")
    try:
        when = datetime.datetime.strptime(amz_date, "%Y%m%dT%H%M%SZ").replace(tzinfo=datetime.timezone.utc)
    except ValueError:
        return ("AccessDenied", "x-amz-date is missing or malformed")
    if abs((datetime.datetime.now(datetime.timezone.utc) - when).total_seconds()) > 15 * 60:
        return ("RequestTimeTooSkewed", "The difference between the request time and the current time is too large.")
    if "host" not in signed.split(";"):
        return ("AccessDenied", "the host header must be signed")
    path, _, query = raw_path.partition("?")
    pairs = []
    for item in query.split("&") if query else []:
        name, _, value = item.partition("=")
        pairs.append((uri_encode(urllib.parse.unquote(name), False), uri_encode(urllib.parse.unquote(value), False)))
    pairs.sort()
    canonical_headers = ""
    for name in signed.split(";"):
        value = " ".join(headers.get(name, "").split())
        canonical_headers += "%s:%s\n" % (name, value)
    canonical = "\n".join([method, path, "&".join("%s=%s" % p for p in pairs), canonical_headers, signed,
                           payload_hash])
    scope = "%s/%s/s3/aws4_request" % (day, region)
    to_sign = "\n".join(["AWS4-HMAC-SHA256", amz_date, scope, hashlib.sha256(canonical.encode()).hexdigest()])
    key = ("AWS4" + SECRET).encode()
    for part in (day, REGION, "s3", "aws4_request"):  # the server's own region, not the one the client claims
        key = hmac.new(key, part.encode(), hashlib.sha256).digest()
    expected = hmac.new(key, to_sign.encode(), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, given):
        return ("SignatureDoesNotMatch",
                "The request signature we calculated does not match the signature you provided.")
    return None


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def handle_one(self):
        method = self.command
        headers = {k.lower(): v for k, v in self.headers.items()}
        if self.path == "/__fault__":
            body = self.rfile.read(int(headers.get("content-length", 0))).decode()
            name, count = body.split()
            with lock:
                if name == "clear":
                    faults.clear()
                else:
                    faults[name] = faults.get(name, 0) + int(count)
            self.send_response(204)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if self.path == "/__log__":
            text = "\n".join(seen).encode()
            self.send_response(200)
            self.send_header("Content-Length", str(len(text)))
            self.end_headers()
            self.wfile.write(text)
            return
        with lock:
            seen.append("%s %s" % (method, self.path))
        if take_fault("down") or (method == "PUT" and take_fault("put-down")):
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
            self.connection.close()
            self.close_connection = True
            return
        length = int(headers.get("content-length", 0) or 0)
        spool = tempfile.SpooledTemporaryFile(max_size=8 << 20)
        sha, md5 = hashlib.sha256(), hashlib.md5()
        left = length
        slow = method == "PUT" and take_fault("put-slow")
        reset = method == "PUT" and take_fault("put-reset")
        while left > 0:
            chunk = self.rfile.read(min(left, max(1, length // 2), 1 << 20))
            if not chunk:
                break
            if reset and left <= length - length // 2:  # half the body taken, then the connection is cut
                self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
                self.connection.close()
                self.close_connection = True
                return
            sha.update(chunk)
            md5.update(chunk)
            spool.write(chunk)
            left -= len(chunk)
            if slow:  # the first MiB, then nothing for longer than a client waits (8 s), once
                time.sleep(8)
                slow = False
        if left > 0:  # the client gave up mid-body: S3 stores a PUT whole or not at all
            self.close_connection = True
            return
        payload_hash = headers.get("x-amz-content-sha256", "")
        problem = check_signature(method, self.path, headers, payload_hash)
        if problem:
            return error(self, 403 if problem[0] != "InvalidAccessKeyId" else 403, *problem)
        if payload_hash != "UNSIGNED-PAYLOAD" and payload_hash != sha.hexdigest():
            return error(self, 400, "XAmzContentSHA256Mismatch",
                         "The provided 'x-amz-content-sha256' header does not match what was computed.")
        if "content-md5" in headers and base64.b64decode(headers["content-md5"]) != md5.digest():
            return error(self, 400, "BadDigest", "The Content-MD5 you specified did not match what we received.")
        if method == "GET" and "list-type=2" in self.path and take_fault("list-500"):
            return error(self, 500, "InternalError", "We encountered an internal error. Please try again.")
        if method == "PUT" and take_fault("put-500"):
            return error(self, 500, "InternalError", "We encountered an internal error. Please try again.")
        if method == "GET" and "/exports/" in self.path and take_fault("get-gzip-cut"):
            # An object served compressed, its gzip stream cut short inside a complete HTTP answer.
            upstream = http.client.HTTPConnection("127.0.0.1", UPSTREAM, timeout=120)
            upstream.request("GET", self.path, headers={k: v for k, v in self.headers.items()
                                                          if k.lower() not in ("connection", "range")})
            data = gzip.compress(upstream.getresponse().read())
            data = data[:len(data) * 3 // 5]
            upstream.close()
            self.send_response(200)
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
            return
        spool.seek(0)
        upstream = http.client.HTTPConnection("127.0.0.1", UPSTREAM, timeout=120)
        forward = {k: v for k, v in self.headers.items() if k.lower() not in ("connection",)}
        upstream.putrequest(method, self.path, skip_host=True, skip_accept_encoding=True)
        for k, v in forward.items():
            upstream.putheader(k, v)
        upstream.endheaders()
        while True:
            chunk = spool.read(1 << 20)
            if not chunk:
                break
            upstream.send(chunk)
        answer = upstream.getresponse()
        self.send_response(answer.status)
        for k, v in answer.getheaders():
            if k.lower() not in ("connection", "transfer-encoding", "date", "server"):
                self.send_header(k, v)
        body_length = answer.getheader("content-length")
        if body_length is None and method != "HEAD":
            data = answer.read()
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
        else:
            self.end_headers()
            while method != "HEAD":
                chunk = answer.read(1 << 20)
                if not chunk:
                    break
                self.wfile.write(chunk)
        upstream.close()

    do_GET = do_PUT = do_POST = do_DELETE = do_HEAD = handle_one


server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
server.daemon_threads = True
print("PROXY_PORT=%d" % server.server_address[1], flush=True)
server.serve_forever()
