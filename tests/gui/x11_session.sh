# Sourced by the X11 tests and benchmarks: an Xvfb display with a trayer system tray, and helpers.
# Sets DISPLAY and `work` (a temporary folder removed on exit); `pids` are killed on exit.
work=$(mktemp -d /tmp/x11-session.XXXXXX)
pids=()
x11_cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap x11_cleanup EXIT

fail() {
    echo "FAIL: $*" >&2
    [ -f "$work/app.log" ] && tail -20 "$work/app.log" >&2
    [ -n "${DISPLAY:-}" ] && xwininfo -root -tree 2>/dev/null | grep -v '^ *$' | head -30 >&2
    exit 1
}

wait_for() { # seconds, command...
    local deadline=$((SECONDS + $1))
    shift
    until "$@"; do
        [ $SECONDS -ge $deadline ] && return 1
        sleep 0.05
    done
}

# A free display, chosen by the server itself, with a tray.
exec 3<>"$work/displayfd"
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
pids+=($!)
wait_for 10 test -s "$work/displayfd" || fail "Xvfb did not start"
export DISPLAY=:$(head -1 "$work/displayfd")
# On a loaded machine (the sanitizer pass runs two suites at once) trayer once showed no window within 10 s:
# it is given 30 s, and started again when it has exited (its own words go to trayer.log, shown on failure).
panel() { xwininfo -root -tree | grep -q '"panel"'; }
for attempt in 1 2 3; do
    trayer --edge top --align right --widthtype request --height 32 --SetDockType true --transparent false \
        --tint 0x2d3e50 >>"$work/trayer.log" 2>&1 &
    trayer_pid=$!
    pids+=($trayer_pid)
    deadline=$((SECONDS + 30))
    until panel || ! kill -0 "$trayer_pid" 2>/dev/null || [ $SECONDS -ge $deadline ]; do sleep 0.05; done
    panel && break
    echo "trayer attempt $attempt: no panel (exited: $(kill -0 "$trayer_pid" 2>/dev/null && echo no || echo yes))" \
        >>"$work/trayer.log"
done
panel || { cat "$work/trayer.log" >&2; fail "trayer did not start"; }

# Starts the fake TestOps; sets `url`.
start_fake() { # fake-binary
    "$1" --port 0 >"$work/fake.out" 2>&1 &
    pids+=($!)
    wait_for 10 grep -q FAKE_TESTOPS_URL "$work/fake.out" || fail "fake TestOps did not start"
    url=$(sed -n 's/^FAKE_TESTOPS_URL=//p' "$work/fake.out")
    connection
}

# The connection start_app gives the app; a first run empties it (after start_fake has set `url`).
connection() {
    app_connection=(TESTOPS_BASE_URL="$url" TESTOPS_TOKEN=fake-api-token-0123456789
        EXPORT_GROUPS=API=17:937:26961091,UI=17:937:24545654)
}

# with_keyring=1 before start_app: the app's D-Bus session has a Secret Service, an unlocked throwaway
# gnome-keyring, as a desktop has (without one, a keychain write waits for a password prompt nobody answers).
unlocked_keyring='printf throwaway | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; '
# Starts the desktop app against the fake in an isolated home; sets `app_pid` (the app itself, not dbus).
start_app() { # app-binary [extra env assignments...]
    local app=$1
    shift
    mkdir -p "$work/home" "$work/run"
    chmod 700 "$work/run"
    (cd "$work" && exec env HOME="$work/home" XDG_RUNTIME_DIR="$work/run" XDG_CONFIG_HOME="$work/home/.config" \
        XDG_DATA_HOME="$work/home/.local/share" LC_ALL=C.UTF-8 \
        "${app_connection[@]}" EXPORT_PATH="$work/exports" "$@" \
        dbus-run-session -- sh -c "${with_keyring:+$unlocked_keyring}"'exec "$0"' "$app" >"$work/app.log" 2>&1) &
    pids+=($!)
    wait_for 10 pgrep -f -x "$app" >/dev/null || fail "the app did not start"
    app_pid=$(pgrep -f -x "$app" | head -1)
}

docked() { xwininfo -root -tree | grep -A6 '"panel"' | grep -q '"testops-export"'; }
