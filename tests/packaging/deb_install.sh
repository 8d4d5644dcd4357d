#!/usr/bin/env bash
# Builds the Debian package, checks it with lintian, desktop-file-validate and appstreamcli, installs it with apt,
# runs the installed copy once against the fake TestOps, removes it, and checks that the user's exports and
# settings are left alone. Needs root (apt); CI runs as root.
#   deb_install.sh BUILD_DIR FAKE
set -euo pipefail
build=$(realpath "$1") fake=$(realpath "$2")
source_dir=$(realpath "$(dirname "$0")/../..")
work=$(mktemp -d /tmp/deb-install.XXXXXX)
fake_pid=
trap '[ -n "$fake_pid" ] && kill "$fake_pid" 2>/dev/null; rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

# 1. Build and check the package.
rm -f "$build"/testops-export_*.deb
(cd "$build" && cpack -G DEB >/dev/null 2>&1)
deb=$(ls "$build"/testops-export_*_amd64.deb)
echo "package: $(basename "$deb")"
dpkg-deb -f "$deb" Depends | grep -q libqt6httpserver6 || fail "the computed dependencies lack Qt HttpServer"
lintian --fail-on error "$deb" 2>&1 | grep -v 'root privileges' || true
lintian --fail-on error "$deb" >/dev/null 2>&1 || fail "lintian reports errors"
desktop-file-validate "$source_dir/packaging/linux/io.github.testops_export.TestOpsExport.desktop" || fail "desktop file"
appstreamcli validate --no-net "$source_dir/packaging/linux/io.github.testops_export.TestOpsExport.metainfo.xml" >/dev/null \
    || fail "AppStream metainfo"
dpkg-deb -c "$deb" | awk '{print $6}' >"$work/contents"
for path in ./usr/bin/testops-export ./usr/share/man/man1/testops-export.1.gz ./usr/lib/systemd/user/testops-export.service \
    ./usr/share/icons/hicolor/scalable/apps/io.github.testops_export.TestOpsExport.svg \
    ./usr/share/icons/hicolor/256x256/apps/io.github.testops_export.TestOpsExport.png \
    ./usr/share/testops-export/translations/testops-export_ru.qm ./usr/share/doc/testops-export/copyright \
    ./usr/share/metainfo/io.github.testops_export.TestOpsExport.metainfo.xml; do
    grep -qx "$path" "$work/contents" || fail "the package lacks $path"
done

# 2. Install it as a user would.
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb" >/dev/null || fail "apt-get install"
[ "$(/usr/bin/testops-export --version)" = "testops-export $(dpkg-deb -f "$deb" Version | cut -d- -f1)" ] || fail "--version"
systemd-analyze verify /usr/lib/systemd/user/testops-export.service || fail "the user unit"
systemd-analyze verify "$source_dir/packaging/systemd/testops-export.service" || fail "the system unit example"

# 3. One export with the installed copy, in a home of its own.
"$fake" --port 0 >"$work/fake.out" 2>&1 &
fake_pid=$!
for _ in $(seq 50); do grep -q FAKE_TESTOPS_URL "$work/fake.out" && break; sleep 0.1; done
url=$(sed -n 's/^FAKE_TESTOPS_URL=//p' "$work/fake.out")
mkdir -p "$work/home/.config/testops-export"
printf '[General]\nTESTOPS_BASE_URL=%s\nEXPORT_GROUPS="API=17:937:26961091,UI=17:937:24545654"\nRETRY_DELAYS=\n' "$url" \
    >"$work/home/.config/testops-export/settings.ini"
(cd "$work/home" && env -i PATH=/usr/bin:/bin HOME="$work/home" TESTOPS_TOKEN=fake-api-token-0123456789 \
    EXPORT_PATH="$work/home/exports" /usr/bin/testops-export --export-now) >"$work/run.log" 2>&1 \
    || { cat "$work/run.log" >&2; fail "--export-now with the installed copy"; }
[ "$(ls "$work/home/exports" | grep -c '^testops_export_.*\.csv$')" -eq 2 ] || fail "two exports expected"

# 4. Removing the package leaves the user's exports and settings alone.
DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq testops-export >/dev/null || fail "apt-get remove"
[ ! -e /usr/bin/testops-export ] || fail "the program is still installed"
[ "$(ls "$work/home/exports" | grep -c '^testops_export_.*\.csv$')" -eq 2 ] || fail "the exports went with the package"
[ -f "$work/home/.config/testops-export/settings.ini" ] || fail "the settings went with the package"
echo "installed, exported 2 groups, removed; exports and settings kept"
echo "1 passed, 0 failed"
