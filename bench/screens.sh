#!/usr/bin/env bash
# How long each screen takes to open on the real window with ten years of data (issue 11: goal under 100 ms).
# Usage: bench/screens.sh [data-folder=target/demo10] [settle-ms=3000]
set -euo pipefail
source "$(dirname "$0")/common.sh"
data=${1:-target/demo10}
[[ -f "$data/stride.db" ]] || java -jar target/stride.jar demo-data --years 10 --out "$data" --end 2026-11-29 >/dev/null
cmd=(java -cp "$CP" app.stride.bench.ScreenOpenBenchmark "$data" "${2:-3000}")
if [[ -z "${DISPLAY:-}" ]]; then
    xvfb-run -a -s "-screen 0 1920x1080x24" "${cmd[@]}" 2> >(grep -v '^WARNING' >&2)
else
    "${cmd[@]}"
fi
