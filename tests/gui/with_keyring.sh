#!/usr/bin/env bash
# Runs a command with a real Secret Service: a private D-Bus session with an unlocked, throwaway gnome-keyring.
#   with_keyring.sh COMMAND [ARGS...]
set -euo pipefail
if [ -z "${WITH_KEYRING_INNER:-}" ]; then
    exec env WITH_KEYRING_INNER=1 dbus-run-session -- "$0" "$@"
fi
export XDG_RUNTIME_DIR=$(mktemp -d) HOME=$(mktemp -d)
trap 'rm -rf "$XDG_RUNTIME_DIR" "$HOME"' EXIT
printf 'throwaway' | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
"$@"
