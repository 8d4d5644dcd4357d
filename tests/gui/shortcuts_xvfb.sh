#!/usr/bin/env bash
# The window's keys under the key bindings of each platform theme a Debian desktop may load (Qt's own generic,
# GNOME and KDE, and the GTK theme plugin): no two actions may share a key under any of them.
# usage: shortcuts_xvfb.sh TST_SHORTCUTS
set -euo pipefail
binary=$1
source "$(dirname "$0")/x11_session.sh"
themes=(generic gnome kde)
# The GTK theme is a plugin (Debian: qt6-gtk-platformtheme); the test set-up installs it.
plugins=$(qtpaths6 --query QT_INSTALL_PLUGINS 2>/dev/null || echo /usr/lib/x86_64-linux-gnu/qt6/plugins)
[ -f "$plugins/platformthemes/libqgtk3.so" ] || fail "the GTK platform theme plugin is not installed"
themes+=(gtk3)
for theme in "${themes[@]}"; do
    echo "== theme $theme"
    QT_QPA_PLATFORM=xcb QT_QPA_PLATFORMTHEME=$theme dbus-run-session -- "$binary" || fail "keys shared under $theme"
done
