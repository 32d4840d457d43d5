#!/usr/bin/env bash
# Installs what the Chorus front-end benchmark needs and builds its pages. Safe to run again.
#   - Debian's chromium (Playwright's own browser download is not used)
#   - the pinned npm packages in package.json / package-lock.json (npm ci, skipped when
#     node_modules already matches the lock file)
#   - pages/: the floor form, the iframe embed and the peer pages, precompressed (.br, .gz)
set -euo pipefail
cd "$(dirname "$0")"

CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$CHROMIUM" ]; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends chromium
fi

if ! command -v node >/dev/null || [ "$(node -p 'process.versions.node.split(".")[0]')" -lt 18 ]; then
  echo "setup.sh: Node.js 18 or newer is needed (apt-get install nodejs npm)" >&2
  exit 1
fi

# npm records what it installed in node_modules/.package-lock.json; newer than the lock file
# means nothing changed since.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ] \
    || [ package.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
node build.mjs
echo "setup done: $("$CHROMIUM" --version 2>/dev/null || echo chromium), node $(node --version)"
