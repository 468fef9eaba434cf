#!/usr/bin/env bash
# Screenshots of every view of the workbench, for docs/screenshots and visual checks.
#
#   installer/screenshots.sh [OUT_DIR] [CUSTOMERS]
#
# Builds the default preset if needed, makes a demo book of CUSTOMERS (default 10000) with every
# analysis run (tiers, RFM, clusters, value × risk, lifetime value), then starts the workbench on
# it under Xvfb (or Qt's offscreen platform when xvfb-run is missing) with --screenshots, which
# grabs each tab, a chosen segment and a customer profile and quits.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-docs/screenshots}
customers=${2:-10000}
cmake --preset default >/dev/null
cmake --build --preset default --target tierwise tierwise-cli >/dev/null
cli=build/default/app/tierwise-cli
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$cli" demo --out "$work" --customers "$customers" >/dev/null
ws="$work/demo.tierwise"
"$cli" segment --workspace "$ws" --method rfm >/dev/null
"$cli" segment --workspace "$ws" --method kmeans --k-range 3-6 --restarts 3 >/dev/null
"$cli" segment --workspace "$ws" --method composite >/dev/null
"$cli" clv --workspace "$ws" >/dev/null   # the newest CLV run comes after the segmentations
mkdir -p "$out"
# TIERWISE_SCREENSHOT_LANGUAGE=zh_CN or zh_TW takes the screenshots in Chinese.
lang=(--lang "${TIERWISE_SCREENSHOT_LANGUAGE:-en}")
if command -v xvfb-run >/dev/null; then
    xvfb-run -a -s "-screen 0 1600x1000x24" build/default/app/tierwise "${lang[@]}" --screenshots "$out" "$ws"
else
    QT_QPA_PLATFORM=offscreen build/default/app/tierwise "${lang[@]}" --screenshots "$out" "$ws"
fi
ls "$out"
