#!/usr/bin/env bash
# Runs a command beside a real S3 server program: s3rver (pinned in package.json) behind our SigV4-verifying
# proxy. The command gets S3_TEST_ENDPOINT (the proxy), S3_TEST_DIRECT (s3rver itself, for the fault tests'
# "server down"), S3_TEST_BUCKET, S3_TEST_ACCESS_KEY and S3_TEST_SECRET_KEY; both servers stop with it.
# usage: with_s3.sh COMMAND [ARGS...]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d /tmp/with-s3.XXXXXX)
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
port=$(free_port)
# --openssl-legacy-provider: s3rver makes its listing continuation tokens with DES, which OpenSSL 3 keeps in its
# legacy provider; without it every listing of more than 1,000 keys fails with a 500.
node --openssl-legacy-provider "$here/node_modules/s3rver/bin/s3rver.js" -d "$work/data" -a 127.0.0.1 -p "$port" \
    --allow-mismatched-signatures --no-vhost-buckets --configure-bucket testops-exports >"$work/s3rver.log" 2>&1 &
pids+=($!)
for _ in $(seq 100); do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
    sleep 0.1
done
python3 "$here/sigv4_proxy.py" "$port" S3RVER S3RVER us-east-1 >"$work/proxy.out" 2>"$work/proxy.err" &
pids+=($!)
for _ in $(seq 100); do grep -q PROXY_PORT "$work/proxy.out" && break; sleep 0.05; done
proxy=$(sed -n 's/^PROXY_PORT=//p' "$work/proxy.out")
[ -n "$proxy" ] || { echo "the SigV4 proxy did not start: $(cat "$work/proxy.err")"; exit 1; }
export S3_TEST_ENDPOINT="http://127.0.0.1:$proxy" S3_TEST_DIRECT="http://127.0.0.1:$port" \
    S3_TEST_BUCKET=testops-exports S3_TEST_ACCESS_KEY=S3RVER S3_TEST_SECRET_KEY=S3RVER
status=0
"$@" || status=$?
if [ "$status" -ne 0 ]; then # what s3rver itself said went wrong (a 500 of its own has its cause here)
    echo "--- s3rver's errors:"
    grep -iE -A3 'error|exception' "$work/s3rver.log" | tail -40 || true
fi
exit "$status"
