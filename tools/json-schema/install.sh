#!/usr/bin/env bash
# Installs what tools/json-schema needs: Debian's Python 3 with its jsonschema package, a JSON
# Schema validator outside Java that checks minutes-1.schema.json is portable. Idempotent: does
# nothing when /usr/bin/python3 already imports jsonschema. Meant for root on a Debian machine;
# uses sudo for apt-get when not root.
#
# usage: tools/json-schema/install.sh
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

say() { printf 'json-schema install: %s\n' "$*"; }
# shellcheck source=../apt-install.sh
source "$here/../apt-install.sh"

if /usr/bin/python3 -c 'import jsonschema' >/dev/null 2>&1; then
  say "python3-jsonschema already installed: $(/usr/bin/python3 -c 'import jsonschema; print(jsonschema.__version__)' 2>/dev/null || echo '?')"
  exit 0
fi
apt_install python3 python3-jsonschema
say "installed: $(/usr/bin/python3 -c 'import jsonschema; print(jsonschema.__version__)')"
