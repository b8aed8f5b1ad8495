#!/usr/bin/env bash
# Long crash run: child processes tick off sessions and are killed with SIGKILL at random moments.
# Usage: bench/crash.sh [rounds=100] [seed]
set -euo pipefail
source "$(dirname "$0")/common.sh"
java -cp "$CP" app.stride.store.CrashBenchmark "${1:-100}" ${2:-}
