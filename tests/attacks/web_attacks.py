#!/usr/bin/env python3
"""Attacks on the web view of the real binary, as raw sockets: what an independent probe found, kept fixed.

Runs `testops-export --headless` against the fake TestOps and sends requests split across many reads, slow
headers, symlink and hard-link swaps, foreign Host names, a client hogging connections, key guessing, and the
hostile corpus tests/data/web_requests.tsv (the same rows tst_webserver runs in-process).

usage: web_attacks.py APP FAKE
"""
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import unittest
import urllib.parse

APP, FAKE = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "data", "web_requests.tsv")
LISTED = "testops_export_API_2026-11-20_07-00-00.csv"
SECRET = b"TOP-SECRET-CONTENT"
KEY = "correct-horse-battery"


# Swaps argv[1] 3,000 times between a plain file and a link to argv[2], then prints the count.
SWAPPER = r"""
import os, sys
target, secret = sys.argv[1], sys.argv[2]
real = open(target, "rb").read()
link, plain, swaps = target + ".link", target + ".plain", 0
while swaps < 3000:
    os.symlink(secret, link)
    os.replace(link, target)
    with open(plain, "wb") as f:
        f.write(real)
    os.replace(plain, target)
    swaps += 1
print(swaps)
"""


# A hundred connections from one client, each trickling a byte every 0.2 s; a cut one is reopened at once. It stops
# when its standard input closes.
HOG = r"""
import os, select, socket, sys, time
port = int(sys.argv[1])
sockets = []

def open_one():
    s = socket.socket()
    s.setblocking(False)
    s.connect_ex(("127.0.0.1", port))
    sockets.append(s)

for _ in range(100):
    open_one()
while not select.select([sys.stdin], [], [], 0.2)[0]:
    for s in list(sockets):
        try:
            s.send(b"G")
        except (BlockingIOError, InterruptedError):
            pass
        except OSError:  # cut: reopened at once
            sockets.remove(s)
            s.close()
            open_one()
"""


class App:
    """One --headless instance with its own export folder, its log collected."""

    def __init__(self, root, name, fake_url, **settings):
        self.folder = os.path.join(root, name)
        os.makedirs(os.path.join(self.folder, "exports"))
        env = {
            "PATH": os.environ["PATH"], "HOME": self.folder, "LC_ALL": "C.UTF-8",
            "XDG_CONFIG_HOME": os.path.join(self.folder, "config"),
            "TESTOPS_BASE_URL": fake_url, "TESTOPS_TOKEN": "fake-api-token-0123456789",
            "EXPORT_GROUPS": "API=17:937:26961091", "EXPORT_PATH": os.path.join(self.folder, "exports"),
            "WEB_PORT": "0", "RETRY_DELAYS": "",
        }
        for variable in ("ASAN_OPTIONS", "UBSAN_OPTIONS"):
            if variable in os.environ:
                env[variable] = os.environ[variable]
        env.update(settings)
        self.exports = env["EXPORT_PATH"]
        with open(os.path.join(self.exports, LISTED), "wb") as f:
            f.write(b"allure_id;name\r\n" + b"1;case\r\n" * 5000)
        self.process = subprocess.Popen([APP, "--headless"], cwd=self.folder, env=env,
                                        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                        stderr=subprocess.PIPE)
        self.lines = []
        self.port = None
        started = threading.Event()

        def read():
            for raw in self.process.stderr:
                line = raw.decode("utf-8", "replace")
                self.lines.append(line)
                found = re.search(r"web view at http://127\.0\.0\.1:(\d+)/", line)
                if found:
                    self.port = int(found.group(1))
                    started.set()
            started.set()

        threading.Thread(target=read, daemon=True).start()
        if not started.wait(20) or not self.port:
            raise RuntimeError(f"{name} did not start its web view:\n{''.join(self.lines)}")

    def rss_kb(self):
        with open(f"/proc/{self.process.pid}/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
        return 0

    def log_count(self, text):
        return sum(text in line for line in self.lines)

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            raise


def connect(port):
    s = socket.create_connection(("127.0.0.1", port), timeout=5)
    s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    return s


def read_answer(s, timeout=5.0):
    """One answer: its status, its headers (lower case) and its body (Content-Length bytes)."""
    s.settimeout(timeout)
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = s.recv(65536)
        if not chunk:
            return (0, {}, b"") if not data else parse_head(data, b"")
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    status, headers, _ = parse_head(head + b"\r\n\r\n", b"")
    length = int(headers.get("content-length", "0"))
    while len(body) < length:
        chunk = s.recv(65536)
        if not chunk:
            break
        body += chunk
    return status, headers, body


def parse_head(data, body):
    head = data.split(b"\r\n\r\n", 1)[0].decode("latin-1")
    lines = head.split("\r\n")
    try:
        status = int(lines[0].split(" ")[1])
    except (IndexError, ValueError):
        status = 0
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    return status, headers, body


def closed_within(s, seconds):
    """True when the server closes the connection within `seconds` (whatever it sends before)."""
    s.settimeout(seconds)
    deadline = time.monotonic() + seconds
    try:
        while time.monotonic() < deadline:
            if not s.recv(65536):
                return True
    except (socket.timeout, TimeoutError):
        return False
    except ConnectionResetError:
        return True
    return False


def request(port, raw, timeout=5.0):
    with connect(port) as s:
        s.sendall(raw)
        return read_answer(s, timeout)


def decode_row(text):
    """The corpus's C escapes; \\p splits the request there (sent apart, 50 ms later)."""
    pieces, current, i = [], b"", 0
    while i < len(text):
        c = text[i]
        if c == "\\" and i + 1 < len(text):
            code = text[i + 1]
            i += 2
            if code == "r":
                current += b"\r"
            elif code == "n":
                current += b"\n"
            elif code == "x":
                current += bytes([int(text[i:i + 2], 16)])
                i += 2
            elif code == "p":
                pieces.append(current)
                current = b""
            else:
                current += code.encode()
        else:
            current += c.encode("utf-8")
            i += 1
    pieces.append(current)
    return pieces


class WebAttacks(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.root = tempfile.mkdtemp(prefix="web-attacks-")
        with open(os.path.join(cls.root, "secret.txt"), "wb") as f:
            f.write(SECRET)
        cls.fake = subprocess.Popen([FAKE, "--port", "0"], stdout=subprocess.PIPE, stdin=subprocess.DEVNULL)
        line = cls.fake.stdout.readline().decode()
        fake_url = line.strip().split("=", 1)[1]
        cls.apps = []
        try:
            cls.open = App(cls.root, "open", fake_url)
            cls.apps.append(cls.open)
            cls.keyed = App(cls.root, "keyed", fake_url, WEB_ACCESS_KEY=KEY,
                            WEB_ALLOWED_HOSTS="exports.example.test")
            cls.apps.append(cls.keyed)
            cls.guessed = App(cls.root, "guessed", fake_url, WEB_ACCESS_KEY=KEY)
            cls.apps.append(cls.guessed)
            cls.signin = App(cls.root, "signin", fake_url, WEB_ACCESS_KEY=KEY)
            cls.apps.append(cls.signin)
        except Exception:
            cls.tearDownClass()
            raise

    @classmethod
    def tearDownClass(cls):
        try:
            for app in cls.apps:
                app.stop()
        finally:
            cls.fake.terminate()
            cls.fake.wait(10)
            shutil.rmtree(cls.root, ignore_errors=True)

    def assertStillServes(self, app):
        status, _, _ = request(app.port, b"GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n")
        self.assertEqual(status, 200)

    # 1. Limits counted per connection, across reads, from the first byte of each request.
    def test_split_body_is_refused_before_authentication(self):
        before = self.keyed.rss_kb()
        with connect(self.keyed.port) as s:
            s.sendall(b"POST /export HTTP/1.1\r\nHost: localhost\r\nContent-Length: 1000000000\r\n")
            time.sleep(0.05)
            s.sendall(b"\r\n")
            sent = 0
            try:
                for _ in range(256):  # up to 16 MiB of the announced 1 GB
                    s.sendall(b"x" * 65536)
                    sent += 65536
            except (BrokenPipeError, ConnectionResetError):
                pass
            status, _, _ = read_answer(s) if sent < 16 * 1024 * 1024 else (0, {}, b"")
        self.assertEqual(status, 413)
        self.assertLess(sent, 16 * 1024 * 1024, "the server went on reading the body")
        self.assertLess(self.keyed.rss_kb() - before, 8 * 1024)
        self.assertStillServes(self.keyed)

    def test_body_without_a_length_counts_as_the_next_head(self):
        with connect(self.keyed.port) as s:
            s.sendall(b"POST /login HTTP/1.1\r\nHost: localhost\r\n\r\n")
            read_answer(s)
            try:
                for _ in range(64):
                    s.sendall(b"y" * 8192)
                    time.sleep(0.005)
            except (BrokenPipeError, ConnectionResetError):
                pass
            status, _, _ = read_answer(s)
        self.assertEqual(status, 431)

    def test_headers_in_small_pieces_are_counted_together(self):
        with connect(self.open.port) as s:
            s.sendall(b"GET /api/status HTTP/1.1\r\nHost: localhost\r\n")
            status = 0
            try:
                for i in range(25):  # 200 KB of headers, 8 KB every 20 ms
                    s.sendall(b"X-Fill-%d: " % i + b"a" * 8180 + b"\r\n")
                    time.sleep(0.02)
                s.sendall(b"\r\n")
            except (BrokenPipeError, ConnectionResetError):
                pass
            status, _, _ = read_answer(s)
        self.assertEqual(status, 431)
        self.assertStillServes(self.open)

    # 2. Open first, then check what was opened.
    def test_symlink_swap_race_never_serves_another_file(self):
        name = "testops_export_Race_2026-11-21_07-00-00.csv"
        target = os.path.join(self.open.exports, name)
        real = b"allure_id;name\r\n1;real\r\n"
        with open(target, "wb") as f:
            f.write(real)
        # Listed (the folder's watcher), however busy the machine: not a fixed sleep.
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            _, _, listing = request(self.open.port, b"GET /api/exports HTTP/1.1\r\nHost: localhost\r\n\r\n")
            if name.encode() in listing:
                break
            time.sleep(0.05)
        # The swapper is a process of its own, so that it runs beside the server, not between our requests.
        swapper = subprocess.Popen([sys.executable, "-c", SWAPPER, target, os.path.join(self.root, "secret.txt")],
                                   stdout=subprocess.PIPE, stdin=subprocess.DEVNULL)
        leaks = served = requests = 0
        try:
            with connect(self.open.port) as s:
                while swapper.poll() is None or requests < 3000:
                    requests += 1
                    s.sendall(f"GET /download/{name} HTTP/1.1\r\nHost: localhost\r\n\r\n".encode())
                    status, _, body = read_answer(s)
                    leaks += SECRET in body
                    served += status == 200 and body == real
        finally:
            swaps = int(swapper.stdout.read() or 0)
            swapper.wait(30)
        self.assertEqual(leaks, 0)
        self.assertGreater(served, 0, "the race was not run: the real file was never served")
        self.assertEqual(swaps, 3000)

    def test_hard_links_are_refused(self):
        linked = "testops_export_API_2026-11-19_07-00-00.csv"
        os.link(os.path.join(self.root, "secret.txt"), os.path.join(self.open.exports, linked))
        time.sleep(0.5)
        status, _, body = request(self.open.port,
                                  f"GET /download/{linked} HTTP/1.1\r\nHost: localhost\r\n\r\n".encode())
        self.assertEqual(status, 404)
        self.assertNotIn(SECRET, body)

    # 4. No control characters in names, never in headers.
    def test_a_name_with_a_line_break_is_not_ours(self):
        name = "testops_export_a\rSet-Cookie: pwn=1\r_2026-01-03_00-00-00.csv"
        with open(os.path.join(self.open.exports, name), "wb") as f:
            f.write(b"allure_id\r\n1\r\n")
        time.sleep(0.5)
        quoted = urllib.parse.quote(name)
        status, headers, _ = request(self.open.port,
                                     f"GET /download/{quoted} HTTP/1.1\r\nHost: localhost\r\n\r\n".encode())
        self.assertEqual(status, 404)
        self.assertNotIn("set-cookie", headers)
        _, _, listing = request(self.open.port, b"GET /api/exports HTTP/1.1\r\nHost: localhost\r\n\r\n")
        self.assertNotIn(b"pwn", listing)
        self.assertIn(LISTED.encode(), listing)

    # 5. DNS rebinding.
    def test_foreign_host_names_get_421(self):
        port = str(self.open.port).encode()
        for raw in (b"GET /api/exports HTTP/1.1\r\nHost: rebind.evil.example\r\n\r\n",
                    b"POST /export HTTP/1.1\r\nHost: rebind.evil.example:9090\r\n"
                    b"Origin: http://rebind.evil.example:9090\r\nContent-Length: 0\r\n\r\n",
                    # Not a Host at all (RFC 9110 7.2), though it starts as one of ours.
                    b"GET /api/exports HTTP/1.1\r\nHost: localhost:" + port + b"@evil.example\r\n\r\n",
                    b"GET /api/exports HTTP/1.1\r\nHost: localhost@evil.example\r\n\r\n",
                    b"GET /api/exports HTTP/1.1\r\nHost: 127.0.0.1:" + port + b"/evil\r\n\r\n",
                    b"GET /api/exports HTTP/1.1\r\nHost: localhost:port\r\n\r\n",
                    b"GET /api/exports HTTP/1.1\r\nHost: localhost evil.example\r\n\r\n"):
            status, _, body = request(self.open.port, raw)
            self.assertEqual(status, 421, raw)
            self.assertIn(b"WEB_ALLOWED_HOSTS", body)
        self.assertEqual(request(self.open.port, b"GET /api/status HTTP/1.1\r\nHost: 127.0.0.1:1\r\n\r\n")[0], 200)
        for ours in (b"localhost", b"localhost.", b"LOCALHOST:" + port, b"[::1]:" + port):
            self.assertEqual(request(self.open.port, b"GET /api/status HTTP/1.1\r\nHost: " + ours +
                                     b"\r\n\r\n")[0], 200, ours)
        auth = f"Authorization: Bearer {KEY}\r\n".encode()
        self.assertEqual(request(self.keyed.port, b"GET /api/status HTTP/1.1\r\nHost: exports.example.test\r\n"
                                 + auth + b"\r\n")[0], 200)
        self.assertEqual(request(self.keyed.port, b"GET /api/status HTTP/1.1\r\nHost: other.example.test\r\n"
                                 + auth + b"\r\n")[0], 421)

    # 6. One client cannot hold every connection.
    def test_a_client_trickling_bytes_cannot_starve_healthz(self):
        # The hog is a program of its own, as an attacker is: in a thread of this one it would share the GIL with
        # the client measured here and slow it between its connect and its request.
        hogger = subprocess.Popen([sys.executable, "-c", HOG, str(self.open.port)], stdin=subprocess.PIPE)
        answers = []
        try:
            time.sleep(1)
            for _ in range(25):
                try:
                    answers.append(request(self.open.port, b"GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n",
                                           timeout=3)[0])
                except OSError:
                    answers.append(0)
                time.sleep(0.2)
        finally:
            hogger.stdin.close()  # its signal to stop
            hogger.wait(10)
        self.assertEqual(answers, [200] * 25)
        self.assertGreater(self.open.log_count("to make room"), 0, "the hog never filled the client's connections")

    # 10. Key guessing is slowed down, and logged once a minute.
    def test_key_guessing_is_slowed_and_summarised(self):
        results = []
        with connect(self.guessed.port) as s:
            for i in range(200):
                s.sendall(f"GET /api/status HTTP/1.1\r\nHost: localhost\r\n"
                          f"Authorization: Bearer wrong-key-{i:04d}\r\n\r\n".encode())
                status, headers, _ = read_answer(s)
                results.append(status)
            s.sendall(f"GET /api/status HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer {KEY}\r\n\r\n".encode())
            right_while_blocked, headers, _ = read_answer(s)
        checked = results.count(401)
        self.assertLessEqual(checked, 8, "wrong keys were checked at full speed")
        self.assertEqual(checked + results.count(429), 200)
        self.assertEqual(right_while_blocked, 429)
        self.assertTrue(headers.get("retry-after", "").isdigit())
        time.sleep(0.3)
        self.assertLessEqual(self.guessed.log_count("wrong access key"), 2)

    def test_sign_in_guessing_does_not_fill_the_log(self):
        results = []
        with connect(self.signin.port) as s:
            for i in range(100):
                body = f"key=wrong-{i:04d}".encode()
                s.sendall(b"POST /login HTTP/1.1\r\nHost: localhost\r\n"
                          b"Content-Type: application/x-www-form-urlencoded\r\n"
                          b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body)
                results.append(read_answer(s)[0])
        self.assertLessEqual(results.count(401), 8)
        self.assertEqual(results.count(401) + results.count(429), 100)
        time.sleep(0.3)
        self.assertLessEqual(self.signin.log_count("wrong access key"), 2)

    # 13. Connection: close and HTTP/1.0 are honoured.
    def test_connection_close_ends_the_connection(self):
        for raw in (f"GET /download/{LISTED} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n".encode(),
                    f"GET /download/{LISTED} HTTP/1.0\r\n\r\n".encode(),
                    b"GET /api/status HTTP/1.0\r\n\r\n",
                    b"GET /api/status HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"):
            with connect(self.open.port) as s:
                s.sendall(raw)
                status, _, _ = read_answer(s)
                self.assertEqual(status, 200, raw)
                self.assertTrue(closed_within(s, 3), raw)

    # 14. Range numbers beyond 64 bits.
    def test_ranges_beyond_64_bits(self):
        size = os.path.getsize(os.path.join(self.open.exports, LISTED))
        status, headers, body = request(self.open.port, f"GET /download/{LISTED} HTTP/1.1\r\nHost: localhost\r\n"
                                        "Range: bytes=0-99999999999999999999\r\n\r\n".encode())
        self.assertEqual(status, 206)
        self.assertEqual(len(body), size)
        self.assertEqual(headers["content-range"], f"bytes 0-{size - 1}/{size}")
        status, _, _ = request(self.open.port, f"GET /download/{LISTED} HTTP/1.1\r\nHost: localhost\r\n"
                               "Range: bytes=99999999999999999999-\r\n\r\n".encode())
        self.assertEqual(status, 416)

    # 15. Two lengths: the rest never runs as a second request.
    def test_two_content_lengths_are_refused_whole(self):
        with connect(self.open.port) as s:
            s.sendall(b"POST /export HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\nContent-Length: 45\r\n\r\n"
                      b"GET /api/status HTTP/1.1\r\nHost: localhost\r\n\r\n")
            status, _, _ = read_answer(s)
            self.assertEqual(status, 400)
            self.assertTrue(closed_within(s, 3))

    # 18. The 405 names the method.
    def test_405_names_the_method_used(self):
        for method in (b"TRACE", b"PROPFIND"):
            status, headers, body = request(self.open.port, method + b" / HTTP/1.1\r\nHost: localhost\r\n\r\n")
            self.assertEqual(status, 405)
            self.assertIn(method + b" is not allowed here", body)
            self.assertEqual(headers["allow"], "GET, HEAD")

    def test_hostile_corpus(self):
        rows = 0
        with open(CORPUS, encoding="utf-8") as corpus:
            for line in corpus:
                line = line.rstrip("\n")
                if not line or line.startswith("#"):
                    continue
                status, name, raw = line.split("\t")
                with self.subTest(name):
                    pieces = decode_row(raw)
                    with connect(self.open.port) as s:
                        try:
                            for i, piece in enumerate(pieces):
                                if i:
                                    time.sleep(0.05)
                                s.sendall(piece)
                        except (BrokenPipeError, ConnectionResetError):
                            pass
                        got, _, body = read_answer(s, 3)
                    if int(status) == 0:
                        self.assertTrue(got == 0 or 400 <= got < 500, (name, got))
                    else:
                        self.assertEqual(got, int(status), name)
                    self.assertNotIn(SECRET, body)
                    self.assertStillServes(self.open)
                rows += 1
        self.assertGreater(rows, 30)


if __name__ == "__main__":
    unittest.main(argv=[sys.argv[0], "-v"])
