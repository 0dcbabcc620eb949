#!/usr/bin/env bash
# Installs what tools/json-schema needs: Debian's Python 3 with its jsonschema package, a JSON
# Schema validator outside Java that checks minutes-1.schema.json is portable. Idempotent: does
# nothing when /usr/bin/python3 already imports jsonschema. Meant for root on a Debian machine;
# uses sudo for apt-get when not root.
#
# usage: tools/json-schema/install.sh
set -euo pipefail

say() { printf 'json-schema install: %s\n' "$*"; }

if /usr/bin/python3 -c 'import jsonschema' >/dev/null 2>&1; then
  say "python3-jsonschema already installed: $(/usr/bin/python3 -c 'import jsonschema; print(jsonschema.__version__)' 2>/dev/null || echo '?')"
  exit 0
fi
if [ "$(id -u)" -eq 0 ]; then
  sudo=()
elif command -v sudo >/dev/null 2>&1; then
  sudo=(sudo)
else
  say "need root (or sudo) to apt-get install python3-jsonschema" >&2
  exit 1
fi
say "installing Debian packages python3 python3-jsonschema (apt-get update, apt-get install)"
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q python3 python3-jsonschema
say "installed: $(/usr/bin/python3 -c 'import jsonschema; print(jsonschema.__version__)')"
