#!/usr/bin/env bash
# The snapshot browser in a real X server with a real tray, in English and in Russian, driven as a user would:
# two snapshots of a stored group (`--snapshot-now`, a colleague's edits between them), then the tray menu's
# "Snapshot browser…" opens it ready to find a case; a name typed shows the case as the newest snapshot kept
# it, and the older snapshot picked under "Compare with" shows what changed, the older lines on red and the
# newer ones on green. A screenshot of each screen is saved as an artifact.
#   snapshots_xvfb.sh APP FAKE ARTIFACT_DIR
set -euo pipefail
app=$(realpath "$1") fake=$(realpath "$2") artifacts=$(realpath -m "$3")
mkdir -p "$artifacts"
source "$(dirname "$0")/x11_session.sh"

# How many pixels of a screenshot have exactly the colour $2.
pixels_of() { # file in $artifacts, colour
    convert "$artifacts/$1" -fill black +opaque "$2" -fill white -opaque "$2" -format '%[fx:round(mean*w*h)]' info:
}
# The window whose title is $1 (a UTF-8 title: xdotool reads _NET_WM_NAME).
window_id() { xdotool search --name "^$1\$" 2>/dev/null | head -1; }

start_fake "$fake" --model 17:937:2001:6:Stored
app_connection=(TESTOPS_BASE_URL="$url" TESTOPS_TOKEN=fake-api-token-0123456789 EXPORT_GROUPS=Stored=17:937:2001)
settings=(WEB_ENABLED=false SNAPSHOT_KEEP= CATCH_UP_MISSED=false RETRY_DELAYS=)
app_environment_of
snapshot_now() {
    (cd "$work" && env "${app_environment[@]}" "${settings[@]}" QT_QPA_PLATFORM=offscreen "$app" --snapshot-now) \
        >>"$work/snapshot-now.log" 2>&1 || { cat "$work/snapshot-now.log" >&2; fail "--snapshot-now failed"; }
}
snapshot_now
curl -fsS -X POST "$url/_fake/model-edit?group=2001&percent=50" >/dev/null || fail "the fake did not edit its cases"
sleep 1.1 # a snapshot's id is its second
snapshot_now

for language in en ru; do
    if [ "$language" = en ]; then title=Snapshots; else title=Снимки; fi
    start_app "$app" "${settings[@]}" LANGUAGE="$language"
    wait_for 15 docked || fail "the tray icon did not dock ($language)"
    icon_point

    # 1. The tray menu's "Snapshot browser…" (the fourth item with the web view off) opens the browser.
    xdotool mousemove "$cx" "$cy" click 3
    wait_for 5 popup_open || fail "the tray menu did not open ($language)"
    xdotool key Down Down Down Down Return
    browser_open() { [ -n "$(window_id "$title")" ]; }
    wait_for 10 browser_open || fail "the snapshot browser ($title) did not open"
    # No focus given here: the browser takes the keyboard itself, on Find.
    has_focus() { [ "$(xdotool getwindowfocus)" = "$(window_id "$title")" ]; }
    wait_for 5 has_focus || fail "the snapshot browser did not take the keyboard ($language)"
    sleep 0.5
    shot "snapshots-$language-1-browser.png"

    # 2. It opens ready to find: the name typed shows that case, as the newest snapshot kept it.
    xdotool type --delay 5 "edited 0"
    sleep 0.5
    shot "snapshots-$language-2-case.png"
    changed=$(compare -metric AE "$artifacts/snapshots-$language-1-browser.png" \
        "$artifacts/snapshots-$language-2-case.png" null: 2>&1 || true)
    [ "${changed%% *}" -gt 5000 ] || fail "typing a name showed no case ($changed pixels changed, $language)"
    [ "$(pixels_of "snapshots-$language-2-case.png" '#d8f0dd')" -eq 0 ] || fail "a comparison before one was asked"

    # 3. Return goes to the list, Tab to "Compare with", Down picks the older snapshot: what changed, the
    #    older lines on red, the newer on green.
    xdotool key Return Tab Down
    sleep 0.5
    shot "snapshots-$language-3-compare.png"
    older=$(pixels_of "snapshots-$language-3-compare.png" '#f7d9dc')
    newer=$(pixels_of "snapshots-$language-3-compare.png" '#d8f0dd')
    [ "$older" -gt 1000 ] && [ "$newer" -gt 1000 ] ||
        fail "the comparison shows no changed lines ($older red, $newer green pixels, $language)"
    echo "$language: the browser, a case, and its comparison (${older} red, ${newer} green pixels)"

    logged fake-api-token && fail "the token was written to the log ($language)"
    kill "$app_pid"
    gone() { ! kill -0 "$app_pid" 2>/dev/null; }
    wait_for 10 gone || fail "the app did not quit on SIGTERM"
    wait_for 5 sh -c '! xwininfo -root -tree | grep -A6 "\"panel\"" | grep -q "\"testops-export\""' ||
        fail "the icon stayed in the tray"
done
grep -q fake-api-token "$work/snapshot-now.log" && fail "--snapshot-now wrote the token"
echo "screenshots in $artifacts: snapshots-{en,ru}-{1-browser,2-case,3-compare}.png"
echo "1 passed, 0 failed"
