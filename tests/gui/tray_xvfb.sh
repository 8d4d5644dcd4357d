#!/usr/bin/env bash
# The desktop app in a real X server with a real system tray (Xvfb + trayer), driven like a user with the mouse:
# the icon docks in the tray, its menu opens, "Run export now" exports both groups from the fake TestOps, and a
# click opens the window. Screenshots of the menu and the window are saved as test artifacts.
#   tray_xvfb.sh APP FAKE ARTIFACT_DIR
set -euo pipefail
app=$(realpath "$1") fake=$(realpath "$2") artifacts=$(realpath -m "$3")
mkdir -p "$artifacts"
work=$(mktemp -d /tmp/tray-xvfb.XXXXXX)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
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
        sleep 0.2
    done
}
shot() { # file, window id (root when empty)
    if [ -n "${2:-}" ]; then xwd -id "$2" -silent; else xwd -root -silent; fi | convert xwd:- "$artifacts/$1"
    # A screenshot of one flat colour shows nothing: fail rather than keep it.
    local spread
    spread=$(convert "$artifacts/$1" -format '%[fx:standard_deviation]' info:)
    awk -v s="$spread" 'BEGIN { exit !(s > 0.01) }' || fail "$1 is blank"
}

# A free display, chosen by the server itself.
exec 3<> "$work/displayfd"
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
pids+=($!)
wait_for 10 test -s "$work/displayfd" || fail "Xvfb did not start"
export DISPLAY=:$(head -1 "$work/displayfd")
echo "display $DISPLAY"
trayer --edge top --align right --widthtype request --height 32 --SetDockType true --transparent false \
    --tint 0x2d3e50 >/dev/null 2>&1 &
pids+=($!)
wait_for 10 sh -c 'xwininfo -root -tree | grep -q "\"panel\""' || fail "trayer did not start"

"$fake" --port 0 >"$work/fake.out" 2>&1 &
pids+=($!)
wait_for 10 grep -q FAKE_TESTOPS_URL "$work/fake.out" || fail "fake TestOps did not start"
url=$(sed -n 's/^FAKE_TESTOPS_URL=//p' "$work/fake.out")

mkdir -p "$work/home" "$work/run"
chmod 700 "$work/run"
start=$(date +%s%N)
(cd "$work" && env HOME="$work/home" XDG_RUNTIME_DIR="$work/run" XDG_CONFIG_HOME="$work/home/.config" \
    XDG_DATA_HOME="$work/home/.local/share" LC_ALL=C.UTF-8 \
    TESTOPS_BASE_URL="$url" TESTOPS_TOKEN=fake-api-token-0123456789 \
    EXPORT_GROUPS=API=17:937:26961091,UI=17:937:24545654 EXPORT_PATH="$work/exports" WEB_ENABLED=false \
    dbus-run-session -- "$app" >"$work/app.log" 2>&1) &
pids+=($!)

# 1. The icon docks in the tray: a window of ours inside trayer's panel.
docked() { xwininfo -root -tree | grep -A6 '"panel"' | grep -q '"testops-export"'; }
wait_for 15 docked || fail "the tray icon did not dock"
echo "tray icon docked $(( ($(date +%s%N) - start) / 1000000 )) ms after start"
icon=$(xwininfo -root -tree | grep -A6 '"panel"' | grep '"testops-export"' | grep -oE '\+[0-9]+\+[0-9]+ *$' | head -1)
icon_x=$(echo "$icon" | cut -d+ -f2) icon_y=$(echo "$icon" | cut -d+ -f3 | tr -d ' ')
[ -n "$icon_x" ] || fail "cannot find where the icon is"
cx=$((icon_x + 10)) cy=$((icon_y + 12))

# 2. Its menu opens on a right click: a new window of ours, wider than the icon, that is not the main window.
popup() {
    xwininfo -root -tree | awk '/"testops-export": \("testops-export" "testops-export"\)/ {
        split($5, size, "x"); if (size[1] + 0 > 50) { print $1; exit } }'
}
xdotool mousemove "$cx" "$cy" click 3
wait_for 5 sh -c '[ -n "$(xwininfo -root -tree | awk '"'"'/"testops-export": \("testops-export" "testops-export"\)/ { split($5, s, "x"); if (s[1] + 0 > 50) print $1 }'"'"')" ]' \
    || fail "the tray menu did not open"
menu_id=$(popup)
read -r mx my mw < <(xwininfo -id "$menu_id" | awk '/Absolute upper-left X/ {x=$4} /Absolute upper-left Y/ {y=$4} /Width/ {w=$2} END {print x, y, w}')
shot tray-menu.png "$menu_id"

# 3. "Run export now", the menu's first item, exports both groups from the fake TestOps.
xdotool mousemove $((mx + mw / 2)) $((my + 14)) click 1
exported() { [ "$(ls "$work/exports" 2>/dev/null | grep -c '^testops_export_.*\.csv$')" -eq 2 ]; }
wait_for 30 exported || fail "run now from the tray menu did not export both groups"
grep -q 'started (tray menu)' "$work/app.log" || fail "the export was not started from the tray menu"
wait_for 10 grep -q 'ended: success (2 succeeded, 0 failed)' "$work/app.log" || fail "the cycle did not succeed"

# 4. A click on the icon opens the exports window, which lists the two files.
xdotool mousemove "$cx" "$cy" click 1
wait_for 10 sh -c 'xwininfo -root -tree | grep -q "\"TestOps Export\""' || fail "the window did not open"
sleep 1
window_id=$(xwininfo -root -tree | grep '"TestOps Export"' | awk '{print $1}' | head -1)
shot exports-window.png "$window_id"
shot desktop.png

echo "screenshots in $artifacts: tray-menu.png exports-window.png desktop.png"
echo "1 passed, 0 failed"
