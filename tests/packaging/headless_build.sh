#!/usr/bin/env bash
# The headless-only build (-DWITH_DESKTOP=OFF, what the Docker image installs): it builds, links neither Qt
# Widgets nor qtkeychain, exports against the fake TestOps, refuses the desktop mode with a clear message, and
# packages as testops-export-headless without desktop files or desktop dependencies.
# usage: headless_build.sh SOURCE_DIR BUILD_DIR FAKE_TESTOPS
set -euo pipefail
source_dir=$1 build=$2/headless fake_bin=$3
fail() { echo "FAIL $*"; exit 1; }
if [ ! -f "$build/build.ninja" ]; then
    cmake -S "$source_dir" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DTESTOPS_BUILD_TESTS=OFF \
        -DWITH_DESKTOP=OFF >/dev/null
fi
cmake --build "$build" --parallel "$(nproc)" >/dev/null
app=$build/src/testops-export
echo "ok   builds"

libraries=$(ldd "$app")
if grep -Eq 'libQt6(Widgets|Gui)|keychain' <<<"$libraries"; then fail "links $(grep -Eo 'libQt6(Widgets|Gui)[^ ]*|[^ ]*keychain[^ ]*' <<<"$libraries" | tr '\n' ' ')"; fi
echo "ok   links neither Qt Widgets, Qt Gui nor qtkeychain"

work=$(mktemp -d)
trap 'kill $fake 2>/dev/null || true; rm -rf "$work"' EXIT
set +e
DISPLAY=:99 "$app" >"$work/out" 2>"$work/err"
code=$?
set -e
[ $code -eq 2 ] || fail "the desktop mode exits $code, not 2"
grep -q -- "no desktop app" "$work/err" && grep -q -- "--headless" "$work/err" || fail "the desktop mode says: $(cat "$work/err")"
echo "ok   the desktop mode is refused with a pointer to --headless"

"$fake_bin" --port 0 >"$work/fake.out" &
fake=$!
for _ in $(seq 100); do grep -q FAKE_TESTOPS_URL "$work/fake.out" && break; sleep 0.05; done
url=$(sed -n 's/^FAKE_TESTOPS_URL=//p' "$work/fake.out")
[ -n "$url" ] || fail "the fake TestOps did not start"
(cd "$work" && TESTOPS_BASE_URL=$url TESTOPS_TOKEN=fake-api-token-0123456789 EXPORT_GROUPS=API=17:937:26961091 \
    EXPORT_PATH="$work/exports" WEB_ENABLED=false "$app" --export-now >"$work/out" 2>"$work/err") ||
    fail "--export-now failed: $(cat "$work/err")"
grep -Eq '^OK    API  testops_export_API_.*\.csv  [0-9]+ test cases  first export$' "$work/out" || fail "--export-now printed: $(cat "$work/out")"
ls "$work"/exports/testops_export_API_*.csv >/dev/null || fail "no export file"
echo "ok   --export-now exports"

(cd "$build" && rm -f testops-export-headless_*.deb && cpack -G DEB >/dev/null)
deb=$(ls "$build"/testops-export-headless_*.deb)
depends=$(dpkg-deb -f "$deb" Depends)
if grep -Eq 'libqt6widgets|libqt6gui|keychain' <<<"$depends"; then fail "the package depends on $depends"; fi
if dpkg-deb -c "$deb" | grep -Eq '\.desktop$|metainfo'; then fail "the package holds desktop files"; fi
echo "ok   the package testops-export-headless ($(dpkg-deb -f "$deb" Installed-Size) KiB) needs only: $depends"
echo "5 passed, 0 failed"
