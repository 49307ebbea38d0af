#!/usr/bin/env bash
# Installs what the integration suite needs to run inside a real VS Code on machines that cannot
# download VS Code desktop: Debian's Chromium and ripgrep, plus code-server 4.100.3 (VS Code 1.100,
# the last release that runs on Node 20) and playwright-core in .vscode-test/code-server.
# Idempotent: each step is skipped when already done; a marker file records a finished install.
# Recipe and reasons: shared notes "real-vscode-here.md".
#
#   scripts/setup-code-server.sh          # install what is missing
#   scripts/setup-code-server.sh --force  # reinstall code-server even if the marker is present
set -euo pipefail
cd "$(dirname "$0")/.."

CODE_SERVER_VERSION=4.100.3
PLAYWRIGHT_CORE_VERSION=1.65.1   # drives Debian's Chromium over CDP; pinned for repeatable CI
D=.vscode-test/code-server
MARKER="$D/.faithful-setup-done"
MARKER_CONTENT="code-server@$CODE_SERVER_VERSION playwright-core@$PLAYWRIGHT_CORE_VERSION node-$(node -p 'process.versions.modules')"
NPM_FLAGS=(--no-audit --no-fund --loglevel=error)

log() { printf '[setup-code-server] %s\n' "$*"; }
start=$(date +%s)

if [[ "${1:-}" == "--force" ]]; then
  log "--force: removing $MARKER"
  rm -f "$MARKER"
fi

# 1. System packages: chromium (driven by playwright-core) and rg (VS Code's search expects it).
missing=()
[[ -x /usr/bin/chromium ]] || missing+=(chromium)
command -v rg >/dev/null 2>&1 || missing+=(ripgrep)
if ((${#missing[@]})); then
  SUDO=()
  if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null 2>&1 || { log "need root (or sudo) to apt-get install ${missing[*]}"; exit 1; }
    SUDO=(sudo)
  fi
  log "apt-get update"
  "${SUDO[@]}" apt-get update -qq
  log "apt-get install -y ${missing[*]}"
  "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
else
  log "chromium and ripgrep already installed"
fi

# 2. code-server + playwright-core, unless a previous run finished (marker matches version and Node ABI).
if [[ -f "$MARKER" && "$(cat "$MARKER")" == "$MARKER_CONTENT" ]]; then
  log "code-server already set up in $D ($MARKER_CONTENT); nothing to do"
  exit 0
fi

mkdir -p "$D"
# A stray package.json one level up would make `npm install --prefix` resolve there; give the
# prefix its own so the install lands in $D/node_modules.
[[ -f "$D/package.json" ]] || echo '{ "private": true }' > "$D/package.json"

log "npm install code-server@$CODE_SERVER_VERSION playwright-core@$PLAYWRIGHT_CORE_VERSION into $D (scripts skipped)"
npm install --prefix "$D" --ignore-scripts "${NPM_FLAGS[@]}" --no-save \
  "code-server@$CODE_SERVER_VERSION" "playwright-core@$PLAYWRIGHT_CORE_VERSION"

V="$D/node_modules/code-server/lib/vscode"
[[ -d "$V" ]] || { log "expected $V after installing code-server"; exit 1; }

log "npm install --omit=dev in code-server's lib/vscode (scripts skipped)"
(cd "$V" && npm install --omit=dev --ignore-scripts "${NPM_FLAGS[@]}")

log "rebuilding native modules @vscode/spdlog native-watchdog (node-gyp)"
(cd "$V" && npm rebuild @vscode/spdlog native-watchdog "${NPM_FLAGS[@]}")

log "linking lib/vscode's ripgrep to $(command -v rg)"
mkdir -p "$V/node_modules/@vscode/ripgrep/bin"
ln -sf "$(command -v rg)" "$V/node_modules/@vscode/ripgrep/bin/rg"
ln -sfn node_modules "$V/node_modules.asar"

log "rebuilding argon2 from source"
(cd "$D" && npm rebuild argon2 --build-from-source "${NPM_FLAGS[@]}")

log "checking the install"
node -e "require(process.argv[1])" "$PWD/$D/node_modules/playwright-core" \
  || { log "playwright-core does not load"; exit 1; }
# code-server writes ~/.config/code-server/config.yaml on any start, even --version: point it elsewhere.
xdg=$(mktemp -d)
version=$(XDG_CONFIG_HOME="$xdg" XDG_DATA_HOME="$xdg" node "$D/node_modules/code-server/out/node/entry.js" --version | grep -E "^[0-9]+\.[0-9]+" | head -1) \
  || { rm -rf "$xdg"; log "code-server does not start"; exit 1; }
rm -rf "$xdg"

echo "$MARKER_CONTENT" > "$MARKER"
log "done in $(($(date +%s) - start)) s: code-server $version"
