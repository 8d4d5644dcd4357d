#!/usr/bin/env bash
# The desktop app in a real X server with a real system tray (Xvfb + trayer), driven like a user with the mouse:
# the icon docks in the tray, its menu opens, "Run export now" exports both groups from the fake TestOps, and a
# click opens the window. Screenshots of the menu and the window are saved as test artifacts.
#   tray_xvfb.sh APP FAKE ARTIFACT_DIR
set -euo pipefail
app=$(realpath "$1") fake=$(realpath "$2") artifacts=$(realpath -m "$3")
mkdir -p "$artifacts"
source "$(dirname "$0")/x11_session.sh"
shot() { # file, window id (root when empty)
    if [ -n "${2:-}" ]; then xwd -id "$2" -silent; else xwd -root -silent; fi | convert xwd:- "$artifacts/$1"
    not_blank "$1"
}

start_fake "$fake"
start=$(date +%s%N)
start_app "$app" WEB_ENABLED=false

# 1. The icon docks in the tray: a window of ours inside trayer's panel.
wait_for 15 docked || fail "the tray icon did not dock"
echo "tray icon docked $(( ($(date +%s%N) - start) / 1000000 )) ms after start"
icon_point

# 2. Its menu opens on a right click: a new window of ours, wider than the icon, that is not the main window.
xdotool mousemove "$cx" "$cy" click 3
wait_for 5 popup_open || fail "the tray menu did not open"
menu_id=$(popup)
read -r mx my mw < <(xwininfo -id "$menu_id" | awk '/Absolute upper-left X/ {x=$4} /Absolute upper-left Y/ {y=$4} /Width/ {w=$2} END {print x, y, w}')
shot tray-menu.png "$menu_id"

# 3. "Run export now", the menu's first item under its status header (not clickable, so the keyboard skips
#    it), exports both groups from the fake TestOps.
xdotool key Down Return
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
