#!/usr/bin/env bash
# Installs what tools/a11y needs: Debian's Chromium and the locked npm packages.
# Idempotent: does nothing that is already done. Meant for root on a Debian
# machine; installs Debian's nodejs and npm where node is missing; uses sudo
# for apt-get when not root.
#
# usage: tools/a11y/install.sh
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

say() { printf 'a11y install: %s\n' "$*"; }
# shellcheck source=../apt-install.sh
source "$here/../apt-install.sh"

# 1. Chromium from Debian (playwright-core never downloads a browser), and Node.js
#    from Debian where the machine has none.
packages=()
[ -x /usr/bin/chromium ] || packages+=(chromium)
command -v node >/dev/null 2>&1 || packages+=(nodejs)
command -v npm >/dev/null 2>&1 || packages+=(npm)
if [ ${#packages[@]} -eq 0 ]; then
  say "chromium already installed: $(/usr/bin/chromium --version 2>/dev/null || echo '?')"
else
  apt_install "${packages[@]}"
  say "installed: $(/usr/bin/chromium --version 2>/dev/null || echo '?')"
fi

# 2. npm packages exactly as locked.
for tool in node npm; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    say "$tool not found after installing it; install Node.js 18 or newer" >&2
    exit 1
  fi
done
cd "$here"
# npm writes node_modules/.package-lock.json on every install; it is our stamp.
stamp=node_modules/.package-lock.json
if [ ! -d node_modules ]; then
  reason="node_modules is missing"
elif [ ! -e "$stamp" ]; then
  reason="$stamp is missing"
elif [ package-lock.json -nt "$stamp" ]; then
  reason="package-lock.json is newer than node_modules"
else
  reason=""
fi
if [ -n "$reason" ]; then
  say "$reason: running npm ci --no-audit --no-fund in $here"
  npm ci --no-audit --no-fund
  say "npm packages installed"
else
  say "npm packages up to date in $here/node_modules"
fi
say "done (node $(node --version))"
