#!/usr/bin/env bash
# Long fuzz run of hostile arguments and --batch lines against every command.
# Usage: bench/fuzz.sh [cases=5000] [seed]
set -euo pipefail
source "$(dirname "$0")/common.sh"
java -cp "$CP" app.stride.cli.CliFuzzBenchmark "${1:-5000}" ${2:-}
