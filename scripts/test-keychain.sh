#!/bin/sh
# Runs the keychain tests with real keytar against a throwaway gnome-keyring in its own D-Bus
# session, so nothing touches the user's keyring. HOME and XDG_* point at a temp dir.
set -eu
cd "$(dirname "$0")/.."
for tool in dbus-run-session gnome-keyring-daemon; do
  command -v "$tool" >/dev/null 2>&1 || { echo "test-keychain: $tool not found (apt: dbus gnome-keyring libsecret-1-0)" >&2; exit 1; }
done
TMP_HOME="$(mktemp -d "${TMPDIR:-/tmp}/sagedeck-keychain-XXXXXX")"
trap 'rm -rf "$TMP_HOME"' EXIT INT TERM
mkdir -p "$TMP_HOME/config" "$TMP_HOME/data" "$TMP_HOME/cache" "$TMP_HOME/runtime"
chmod 700 "$TMP_HOME/runtime"
export HOME="$TMP_HOME" XDG_CONFIG_HOME="$TMP_HOME/config" XDG_DATA_HOME="$TMP_HOME/data" \
  XDG_CACHE_HOME="$TMP_HOME/cache" XDG_RUNTIME_DIR="$TMP_HOME/runtime"
unset DBUS_SESSION_BUS_ADDRESS DISPLAY WAYLAND_DISPLAY
export NPM_CONFIG_UPDATE_NOTIFIER=false
exec dbus-run-session -- sh -c 'eval "$(printf "\n" | gnome-keyring-daemon --unlock --components=secrets)"; npx vitest run --project keychain "$@"' sh "$@"
