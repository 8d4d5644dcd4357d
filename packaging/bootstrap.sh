#!/usr/bin/env bash
# The README's two commands, on Debian 12:
#   packaging/bootstrap.sh run [app options]   install what is missing, build a release build, start the app
#   packaging/bootstrap.sh test                the same set-up, then the whole test suite
#   packaging/bootstrap.sh demo                start the fake TestOps server and the app against it (headless)
#   packaging/bootstrap.sh package             build the Debian package (build/release/testops-export_*.deb)
#   packaging/bootstrap.sh package-headless    the service alone, without Widgets or qtkeychain (the Docker image's)
#   packaging/bootstrap.sh deep                the suite again under ASan + UBSan, quick benchmarks, the fuzzers (CI)
# Both are idempotent: nothing is reinstalled and the build is incremental the second time.
set -euo pipefail
cd "$(dirname "$0")/.."

headless_build_packages=(cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev qt6-tools-dev qt6-l10n-tools libssl-dev zlib1g-dev)
build_packages=("${headless_build_packages[@]}" qt6-translations-l10n qt6-qpa-plugins libqt6svg6 qtkeychain-qt6-dev
    libxkbcommon-dev)
test_packages=(python3 python3-croniter qt6-gtk-platformtheme curl time bc xvfb xauth trayer xdotool x11-utils x11-apps imagemagick dbus dbus-x11
    gnome-keyring chromium fonts-dejavu-core lintian desktop-file-utils appstream python3-yaml dpkg-dev wrk nginx-light
    s3cmd prometheus)

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

install_missing() {
    local missing=()
    for package in "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=()
    [ "$(id -u)" -ne 0 ] && sudo=(sudo)
    say "installing ${missing[*]}"
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
}

configure_and_build() { # build-dir, cmake options...
    local dir=$1
    shift
    if [ ! -f "$dir/build.ninja" ]; then
        say "configuring $dir"
        cmake -S . -B "$dir" -G Ninja "$@" >/dev/null
    fi
    say "building $dir"
    cmake --build "$dir" --parallel "$(nproc)"
}

install_test_tools() {
    install_missing "${build_packages[@]}" "${test_packages[@]}"
    command -v node >/dev/null || install_missing nodejs npm
    # playwright-core as pinned in package-lock.json; it drives Debian's Chromium, it never downloads a browser.
    if [ ! -d tests/browser/node_modules/playwright-core ] || [ tests/browser/package-lock.json -nt tests/browser/node_modules ]; then
        say "installing the browser test's packages"
        PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --prefix tests/browser --no-audit --no-fund >/dev/null
    fi
    # s3rver as pinned in tests/storage/package-lock.json: the real S3 server program of the storage tests.
    if [ ! -d tests/storage/node_modules/s3rver ] || [ tests/storage/package-lock.json -nt tests/storage/node_modules ]; then
        say "installing the storage tests' S3 server"
        npm ci --prefix tests/storage --no-audit --no-fund >/dev/null
    fi
}

mode=${1:-}
[ $# -gt 0 ] && shift
case "$mode" in
run)
    install_missing "${build_packages[@]}"
    configure_and_build build/release -DCMAKE_BUILD_TYPE=Release -DTESTOPS_BUILD_TESTS=OFF
    say "starting testops-export $*"
    exec build/release/src/testops-export "$@"
    ;;
test)
    install_test_tools
    configure_and_build build/test -DCMAKE_BUILD_TYPE=Debug -DTESTOPS_WERROR=ON
    say "running the tests"
    cd build/test
    exec ctest --output-on-failure --parallel "$(nproc)" --timeout 300
    ;;
deep)
    install_test_tools
    install_missing clang libclang-rt-14-dev
    sanitize="-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined"
    configure_and_build build/asan -DCMAKE_BUILD_TYPE=Debug -DTESTOPS_WERROR=ON "-DCMAKE_CXX_FLAGS=$sanitize" \
        "-DCMAKE_EXE_LINKER_FLAGS=-fsanitize=address,undefined"
    say "running the tests under AddressSanitizer and UndefinedBehaviorSanitizer"
    # Leak reports are off: Qt, GLib and fontconfig keep caches until exit, which LeakSanitizer reports.
    # The package test is left out: it would package and install the instrumented binary; so are the browser
    # tests (they test the page's script; every route they reach is run under the sanitizers by tst_webserver
    # and web_attacks), to keep CI well under half an hour.
    (cd build/asan && ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        ctest --output-on-failure --parallel "$(nproc)" --timeout 300 -E '^(deb_install|headless_build|browser_.*)$')
    say "quick benchmarks (that they still run; the full ones are tests/bench/run.sh)"
    tests/bench/run.sh --quick
    say "fuzzing"
    SECONDS_EACH=${FUZZ_SECONDS:-20} tests/fuzz/run.sh # six targets: two minutes
    ;;
package)
    install_missing "${build_packages[@]}" dpkg-dev
    configure_and_build build/release -DCMAKE_BUILD_TYPE=Release -DTESTOPS_BUILD_TESTS=OFF
    (cd build/release && rm -f testops-export_*.deb && cpack -G DEB >/dev/null)
    say "built $(ls build/release/testops-export_*.deb)"
    ;;
package-headless)
    install_missing "${headless_build_packages[@]}" dpkg-dev
    configure_and_build build/headless -DCMAKE_BUILD_TYPE=Release -DTESTOPS_BUILD_TESTS=OFF -DWITH_DESKTOP=OFF
    (cd build/headless && rm -f testops-export-headless_*.deb && cpack -G DEB >/dev/null)
    say "built $(ls build/headless/testops-export-headless_*.deb)"
    ;;
demo)
    install_missing "${build_packages[@]}" "${test_packages[@]}"
    configure_and_build build/test -DCMAKE_BUILD_TYPE=Debug
    demo=$(mktemp -d /tmp/testops-export-demo.XXXXXX)
    build/test/tests/fake-testops --port 0 >"$demo/fake.out" &
    fake=$!
    trap 'kill $fake 2>/dev/null' EXIT
    for _ in $(seq 50); do grep -q FAKE_TESTOPS_URL "$demo/fake.out" && break; sleep 0.1; done
    url=$(sed -n 's/^FAKE_TESTOPS_URL=//p' "$demo/fake.out")
    say "fake TestOps at $url; exports go to $demo/exports"
    cd "$demo"
    TESTOPS_BASE_URL=$url TESTOPS_TOKEN=fake-api-token-0123456789 \
        EXPORT_GROUPS=API=17:937:26961091,UI=17:937:24545654 \
        "$OLDPWD/build/test/src/testops-export" "${@:---export-now}"
    ;;
*)
    echo "usage: $0 run [app options] | test | deep | package | package-headless | demo [app options]" >&2
    exit 2
    ;;
esac
