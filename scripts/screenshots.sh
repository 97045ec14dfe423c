#!/usr/bin/env bash
# Screenshots of the website for the README: the index with a search, a
# status page and the translate page, at desktop and phone width, taken by
# headless Chromium from the pages `statuscodes site` writes.
#
#   scripts/screenshots.sh            (writes docs/screenshots/*.png)
#
# Needs Chromium (`CHROMIUM`, else `chromium`): Debian's package `chromium`.
set -euo pipefail
cd "$(dirname "$0")/.."

browser=${CHROMIUM:-chromium}
out=docs/screenshots
site=$(mktemp -d)
profile=$(mktemp -d)
trap 'rm -rf "$site" "$profile"' EXIT

cargo run -q -p statuscodes-cli -- site "$site" >/dev/null
mkdir -p "$out"

# shot NAME WIDTH HEIGHT PAGE
shot() {
  "$browser" --headless=new --no-sandbox --disable-gpu --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --hide-scrollbars --user-data-dir="$profile" --virtual-time-budget=5000 \
    --window-size="$2,$3" --screenshot="$out/$1.png" "file://$site/$4" 2>/dev/null
  echo "$out/$1.png"
}

shot index-desktop 1280 800 "index.html?q=unprocessable_entity"
shot status-desktop 1280 1600 "status/424.html"
shot translate-desktop 1280 900 "translate.html?from=rails&to=go"
shot index-phone 360 760 "index.html?q=HttpStatus.NOT_FOUND"
shot status-phone 360 1400 "status/429.html"
shot translate-phone 360 900 "translate.html?from=spring&to=dotnet"
