#!/usr/bin/env bash
# Rebuilds the Firefox package from the sources package alone, the way an addons.mozilla.org reviewer does,
# and checks that it is byte for byte the package that was uploaded.
#
#   scripts/build-for-amo.sh [sources.zip] [firefox.zip]
#
# Defaults: the packages `npm run zip` wrote to ${WXT_OUT_DIR:-.output}. Exits 1 if the bytes differ.
# The zips carry no timestamps (WXT's zipper writes zero dates) and list files sorted, so the same sources,
# the same lockfile and the same Node.js major version give the same bytes.
set -euo pipefail

out=${WXT_OUT_DIR:-.output}
sources=$(realpath "${1:-$(ls "$out"/*-sources.zip | head -n 1)}")
uploaded=$(realpath "${2:-$(ls "$out"/*-firefox.zip | head -n 1)}")

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
unzip -q "$sources" -d "$work"

cd "$work"
# Nothing from the caller's environment may change the build: no other output folder, no other campaign.
unset WXT_OUT_DIR CAMPAIGN
echo "Node.js $(node --version), npm $(npm --version); building in $work"
npm ci --no-audit --no-fund --prefer-offline
npx wxt zip -b firefox

rebuilt=$(ls "$work"/.output/*-firefox.zip)
want=$(sha256sum "$uploaded" | cut -d ' ' -f 1)
got=$(sha256sum "$rebuilt" | cut -d ' ' -f 1)
echo "uploaded  $want  $(basename "$uploaded")"
echo "rebuilt   $got  $(basename "$rebuilt")"
if [ "$want" = "$got" ]; then
  echo "identical: the Firefox package is exactly what these sources build"
else
  echo "DIFFERENT: files that differ:"
  mkdir "$work/a" "$work/b"
  unzip -q "$uploaded" -d "$work/a"
  unzip -q "$rebuilt" -d "$work/b"
  diff -rq "$work/a" "$work/b" || true
  exit 1
fi
