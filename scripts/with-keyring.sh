#!/bin/sh
# Runs a command inside a private D-Bus session with an unlocked gnome-keyring, under a
# throwaway HOME, so keychain tests use a real Secret Service and touch nothing of the user's.
# Usage: scripts/with-keyring.sh <command> [args...]
set -eu
export HOME="$(mktemp -d)"
export XDG_RUNTIME_DIR="$HOME/run"
mkdir -m 700 -p "$XDG_RUNTIME_DIR"
exec dbus-run-session -- sh -c 'printf pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; exec "$@"' sh "$@"
