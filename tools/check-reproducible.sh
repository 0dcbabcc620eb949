#!/usr/bin/env bash
# Builds every module twice from clean and checks that each jar (classes, sources, javadoc,
# the CLI's executable jar) comes out byte-identical. Exits 1 and names the jars that differ.
#
# usage: tools/check-reproducible.sh
set -euo pipefail
cd "$(dirname "$0")/.."

build() {
  ./mvnw -B -q clean verify -DskipTests >/dev/null
  find . -path ./tools -prune -o -path '*/target/*.jar' -not -path '*/it-repository/*' -print0 \
    | sort -z | xargs -0 sha256sum
}

first=$(mktemp)
second=$(mktemp)
trap 'rm -f "$first" "$second"' EXIT
echo "build 1 of 2"
build >"$first"
echo "build 2 of 2"
build >"$second"
count=$(wc -l <"$first")
if diff -u "$first" "$second"; then
  echo "reproducible: $count jars identical in two clean builds"
else
  echo "NOT reproducible: the jars above differ between two clean builds" >&2
  exit 1
fi
