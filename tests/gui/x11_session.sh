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
start_fake() { # fake-binary [its options...]
    "$1" --port 0 "${@:2}" >"$work/fake.out" 2>&1 &
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

# The app's isolated home and its connection (start_app's, and a command line run's: `env "${app_environment[@]}"`).
app_environment_of() {
    mkdir -p "$work/home" "$work/run"
    chmod 700 "$work/run"
    app_environment=(HOME="$work/home" XDG_RUNTIME_DIR="$work/run" XDG_CONFIG_HOME="$work/home/.config"
        XDG_DATA_HOME="$work/home/.local/share" LC_ALL=C.UTF-8 "${app_connection[@]}" EXPORT_PATH="$work/exports")
}

# with_keyring=1 before start_app: the app's D-Bus session has a Secret Service, an unlocked throwaway
# gnome-keyring, as a desktop has (without one, a keychain write waits for a password prompt nobody answers).
unlocked_keyring='printf throwaway | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; '
# Starts the desktop app against the fake in an isolated home; sets `app_pid` (the app itself, not dbus).
start_app() { # app-binary [extra env assignments...]
    local app=$1
    shift
    app_environment_of
    (cd "$work" && exec env "${app_environment[@]}" "$@" \
        dbus-run-session -- sh -c "${with_keyring:+$unlocked_keyring}"'exec "$0"' "$app" >"$work/app.log" 2>&1) &
    pids+=($!)
    wait_for 10 pgrep -f -x "$app" >/dev/null || fail "the app did not start"
    app_pid=$(pgrep -f -x "$app" | head -1)
}

docked() { xwininfo -root -tree | grep -A6 '"panel"' | grep -q '"testops-export"'; }

# Where the docked icon is: sets `cx` and `cy` to a point inside it.
icon_point() {
    local icon x y
    icon=$(xwininfo -root -tree | grep -A6 '"panel"' | grep '"testops-export"' | grep -oE '\+[0-9]+\+[0-9]+ *$' | head -1)
    x=$(echo "$icon" | cut -d+ -f2) y=$(echo "$icon" | cut -d+ -f3 | tr -d ' ')
    [ -n "$x" ] || fail "cannot find where the icon is"
    cx=$((x + 10)) cy=$((y + 12))
}

# The tray menu, once a right click has opened it: a window of ours, wider than the icon, not the main window.
popup() {
    xwininfo -root -tree | awk '/"testops-export": \("testops-export" "testops-export"\)/ {
        split($5, size, "x"); if (size[1] + 0 > 50) { print $1; exit } }'
}
popup_open() { [ -n "$(popup)" ]; }

# The whole screen as the user sees it, into $artifacts (`import`: xwd shows Qt's dialogs on Xvfb as black
# boxes); a screen of one flat colour fails the test.
shot() { # file
    import -window root "$artifacts/$1"
    not_blank "$1"
}
not_blank() { # file in $artifacts
    local spread
    spread=$(convert "$artifacts/$1" -format '%[fx:standard_deviation]' info:)
    awk -v s="$spread" 'BEGIN { exit !(s > 0.01) }' || fail "$1 is blank"
}
logged() { grep -q "$1" "$work/app.log"; }
window_named() { xwininfo -root -tree | grep -q "\"$1\""; }
# Gives the keyboard to the window whose name starts with $1 (no window manager does it here; Qt ignores the
# focus that merely follows the pointer).
focus_on() {
    local id
    id=$(xwininfo -root -tree | grep "\"$1" | awk '{print $1}' | head -1)
    [ -n "$id" ] || fail "no window named $1"
    xdotool windowfocus --sync "$id"
}
