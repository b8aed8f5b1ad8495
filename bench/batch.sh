#!/usr/bin/env bash
# outfit --batch with and without a data folder: 2,000 lines each, best of 3.
# Usage: bench/batch.sh [lines=2000] [data-folder=target/demo10]
set -euo pipefail
cd "$(dirname "$0")/.."
lines=${1:-2000}
data=${2:-target/demo10}
[[ -f target/stride.jar ]] || mvn -q -B package -DskipTests
[[ -f "$data/stride.db" ]] || java -jar target/stride.jar demo-data --years 10 --out "$data" --end 2026-11-29 >/dev/null
input=$(mktemp)
for ((i = 0; i < lines; i++)); do
    echo "{\"temp\": $(( (i % 60) - 20 )), \"wind\": $(( i % 40 )), \"effort\": \"easy\"}"
done > "$input"
best() { # best wall time in ms of 3 runs of "$@" < input
    local b=999999 t0 t1
    for _ in 1 2 3; do
        t0=$(date +%s%N); "$@" < "$input" > /dev/null; t1=$(date +%s%N)
        (( (t1 - t0) / 1000000 < b )) && b=$(( (t1 - t0) / 1000000 ))
    done
    echo "$b"
}
without=$(best java -jar target/stride.jar outfit --batch)
with=$(best java -jar target/stride.jar outfit --batch --data-dir "$data")
rm -f "$input"
echo "outfit --batch, $lines lines: without data folder ${without} ms, with --data-dir ${with} ms"
