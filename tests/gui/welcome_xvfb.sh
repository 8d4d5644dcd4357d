#!/usr/bin/env bash
# The first run in a real X server with a tray, driven from the keyboard as a new user would: the welcome
# opens, takes the address, refuses a wrong token and takes the right one, ticks two groups in the live tree
# of the fake TestOps, and runs the first export. Then a failed export shows its banner, and after two more
# exports the change view compares the newest with the first, picked as the baseline. Every screen is
# saved as an artifact, captured with `import` (xwd shows Qt's dialogs on Xvfb as black boxes), and a screen
# of one flat colour fails the test.
#   welcome_xvfb.sh APP FAKE ARTIFACT_DIR
set -euo pipefail
app=$(realpath "$1") fake=$(realpath "$2") artifacts=$(realpath -m "$3")
mkdir -p "$artifacts"
source "$(dirname "$0")/x11_session.sh"
start_fake "$fake"
app_connection=() # nothing set anywhere: a first run
with_keyring=1     # where the token goes
start_app "$app" WEB_ENABLED=false RETRY_DELAYS=

# 1. The welcome opens by itself, on the address.
wait_for 15 window_named "Welcome to TestOps Export" || fail "the welcome did not open"
focus_on "Welcome to TestOps Export"
sleep 0.5
shot welcome-1-address.png
xdotool type --delay 5 "$url"
xdotool key Return

# 2. A wrong token is refused in place; the right one goes on to the tree.
sleep 0.5
xdotool type --delay 5 "not-the-token"
xdotool key Return
wait_for 10 logged "welcome: TestOps did not take the token" || fail "a wrong token was not refused"
logged "not-the-token" && fail "the token was written to the log"
sleep 0.3
shot welcome-2-token-refused.png
xdotool key ctrl+a
xdotool type --delay 5 "fake-api-token-0123456789"
xdotool key Return
wait_for 10 logged "welcome: the token works; it sees 1 project" || fail "the right token was not taken"

# 3. Two groups ticked in the live tree (Alt+G goes to it), then Finish runs the first export.
sleep 1 # the projects, the tree and its groups load
xdotool key alt+g Home space Down space
sleep 0.3
shot welcome-3-groups.png
xdotool key alt+f
wait_for 5 logged "welcome: saving 2 group(s) and running the first export" || fail "Finish did not save two groups"
exported() { [ "$(ls "$work/exports" 2>/dev/null | grep -c '^testops_export_.*\.csv$')" -eq 2 ]; }
wait_for 30 exported || fail "the first export did not write both groups"
wait_for 10 logged 'ended: success (2 succeeded, 0 failed)' || fail "the first export did not succeed"
settings="$work/home/.config/testops-export/settings.ini"
grep -q 'API=17:937:26961091,UI=17:937:24545654' "$settings" || fail "the groups were not saved: $(cat "$settings")"
grep -q 'fake-api-token' "$settings" && fail "the token went to the settings file, not the keychain"
sleep 0.5
shot welcome-4-first-export.png

# 4. An export that fails for good (no retries here): the window's banner says why and offers Retry.
curl -sf -X POST "$url/_fake/fault?name=JobFailed&times=-1" >/dev/null || fail "the fake took no fault"
focus_on "TestOps Export\""
xdotool key ctrl+r
wait_for 30 logged 'ended: failed (0 succeeded, 2 failed)' || fail "the failing cycle did not end"
sleep 0.5
shot failure-banner.png
# Failing again: each group's failures one after another are one row of the list, the files below in view.
failed_cycles() { [ "$(grep -c 'ended: failed (0 succeeded, 2 failed)' "$work/app.log")" -eq "$1" ]; }
xdotool key ctrl+r
wait_for 30 failed_cycles 2 || fail "the second failing cycle did not end"
sleep 0.5
shot window-grouped-failures.png

# 5. TestOps works again; two more exports with changes in TestOps before each. The change view of the newest
#    export of API (found with Ctrl+F, Down to the list, Ctrl+D), then compared with the first export picked
#    as the baseline (Alt+W, Down).
curl -sf -X POST "$url/_fake/fault?name=JobFailed&times=0" >/dev/null || fail "the fake kept its fault"
ended() { [ "$(grep -c "ended: success (2 succeeded" "$work/app.log")" -eq "$1" ]; }
curl -sf -X POST "$url/_fake/edit?group=26961091&add=3" >/dev/null || fail "the fake took no edit"
xdotool key ctrl+r
wait_for 30 ended 2 || fail "the second export did not succeed"
curl -sf -X POST "$url/_fake/edit?group=26961091&remove=2&edit=1" >/dev/null || fail "the fake took no edit"
xdotool key ctrl+r
wait_for 30 ended 3 || fail "the third export did not succeed"
sleep 1 # its comparison with the previous export
xdotool key ctrl+f
xdotool type --delay 5 "API"
xdotool key Down ctrl+d
wait_for 10 sh -c 'xwininfo -root -tree | grep -q "\"Changes in API, "' || fail "the change view did not open"
focus_on "Changes in API, "
sleep 0.5
shot change-view-previous.png
xdotool key alt+w Down
sleep 2 # compared on a thread of its own
shot change-view-baseline.png

# 6. 3,000 test cases of UI deleted in TestOps: "Restore all removed" opens the plan, a row a case, in a window
#    that fits the screen with its buttons in reach.
xdotool key Escape
curl -sf -X POST "$url/_fake/edit?group=24545654&add=3000" >/dev/null || fail "the fake took no edit"
focus_on "TestOps Export\""
xdotool key ctrl+r
wait_for 30 ended 4 || fail "the export of 3,300 cases did not succeed"
curl -sf -X POST "$url/_fake/edit?group=24545654&remove=3000" >/dev/null || fail "the fake took no edit"
xdotool key ctrl+r
wait_for 30 ended 5 || fail "the export after 3,000 deletions did not succeed"
sleep 1 # its comparison with the previous export
xdotool key ctrl+f ctrl+a
xdotool type --delay 5 "UI"
xdotool key Down ctrl+d
wait_for 10 sh -c 'xwininfo -root -tree | grep -q "\"Changes in UI, "' || fail "the change view of UI did not open"
focus_on "Changes in UI, "
xdotool key alt+m
wait_for 30 window_named "Restore in TestOps" || fail "the restore plan did not open"
sleep 1
shot plan-dialog-3000.png
geometry=$(xwininfo -name "Restore in TestOps" | awk '/Absolute upper-left Y/ {y=$4} /Height/ {h=$2} END {print y + h}')
[ "$geometry" -le 800 ] || fail "the plan reaches $geometry px down a screen of 800"
focus_on "Restore in TestOps"
xdotool key Escape # nothing written
sleep 0.5

echo "screenshots in $artifacts: welcome-1-address.png welcome-2-token-refused.png welcome-3-groups.png welcome-4-first-export.png failure-banner.png window-grouped-failures.png change-view-previous.png change-view-baseline.png plan-dialog-3000.png"
echo "1 passed, 0 failed"
