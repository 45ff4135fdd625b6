#!/usr/bin/env bash
# Prepares a machine (Debian 12, run as root or with sudo) to build, test and run the extension:
#   1. system packages: build tools for native modules, Kerberos headers, ripgrep, Chromium
#   2. the project's npm dependencies (`npm ci`, skipped when node_modules matches the lock file)
#   3. code-server 4.100.3 (VS Code 1.100.3 in a browser) in .cache/code-server, used by the
#      integration tests and `npm start`; it needs no download from Microsoft or GitHub.
# Safe to run again: every step is skipped when already done.
set -euo pipefail

CODE_SERVER_VERSION=4.100.3
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CACHE="$ROOT/.cache/code-server"
LOG="$ROOT/.cache/setup.log"
mkdir -p "$ROOT/.cache"
: >"$LOG"

say() { printf '[setup] %s\n' "$*"; }
die() { printf '\n[setup] ERROR: %s\n[setup] Details: %s\n\n' "$*" "$LOG" >&2; exit 1; }
# Runs a command with its output in the log; on failure shows the end of the log.
quietly() {
  if ! "$@" >>"$LOG" 2>&1; then
    tail -n 30 "$LOG" >&2
    die "failed: $*"
  fi
}

major_node_version() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }
command -v node >/dev/null || die "Node.js 20 is needed (https://nodejs.org); it is not on PATH."
[ "$(major_node_version)" -ge 20 ] || die "Node.js 20 or newer is needed; found $(node --version)."

# --- 1. system packages ---------------------------------------------------------------------
# libkrb5-dev: code-server's kerberos module; ripgrep: stands in for the binary that
# @vscode/ripgrep would fetch from GitHub; chromium: the browser the tests drive;
# python3/make/g++: node-gyp builds of code-server's native modules; fonts for screenshots.
APT_PACKAGES=(libkrb5-dev ripgrep chromium python3 make g++ fonts-dejavu-core ca-certificates)
missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || die "need root (or sudo) to install: ${missing[*]}"
    SUDO=sudo
  fi
  say "installing system packages: ${missing[*]}"
  quietly $SUDO apt-get update
  quietly $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
else
  say "system packages present"
fi

# --- 2. project dependencies ----------------------------------------------------------------
cd "$ROOT"
# npm writes node_modules/.package-lock.json on install; if it is newer than the lock file
# the tree is what `npm ci` would produce.
if [ -z "${CI:-}" ] && [ -f node_modules/.package-lock.json ] && [ node_modules/.package-lock.json -nt package-lock.json ]; then
  say "npm dependencies up to date"
else
  say "npm ci"
  quietly npm ci --no-audit --no-fund
fi

# --- 3. code-server -------------------------------------------------------------------------
CODE_SERVER_ENTRY="$CACHE/node_modules/code-server/out/node/entry.js"
# The first run also logs that it wrote ~/.config/code-server/config.yaml: keep the version line.
installed_version() { node "$CODE_SERVER_ENTRY" --version 2>/dev/null | awk '/with Code/ { print $1 }'; }
if [ -f "$CODE_SERVER_ENTRY" ] && [ "$(installed_version)" = "$CODE_SERVER_VERSION" ]; then
  say "code-server $CODE_SERVER_VERSION present in .cache/code-server"
else
  say "installing code-server $CODE_SERVER_VERSION into .cache/code-server (a few minutes)"
  rm -rf "$CACHE"
  mkdir -p "$CACHE"
  cd "$CACHE"
  echo '{ "name": "code-server-cache", "private": true }' >package.json
  # Its install scripts fetch binaries from GitHub; run them by hand below instead.
  quietly npm install --no-audit --no-fund --ignore-scripts "code-server@$CODE_SERVER_VERSION"
  cd node_modules/code-server/lib/vscode
  quietly npm install --no-audit --no-fund --omit=dev --ignore-scripts
  mkdir -p node_modules/@vscode/ripgrep/bin
  cp "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
  # node-pty's build script calls `npx node-gyp`, which must not stop to ask.
  quietly env npm_config_yes=true npm rebuild
  ln -sfn node_modules node_modules.asar
  cd "$CACHE"
  quietly npm rebuild argon2
  [ "$(installed_version)" = "$CODE_SERVER_VERSION" ] || die "code-server does not start after install"
  say "code-server $(installed_version) installed"
fi
say "done"
