#!/usr/bin/env bash
# Start-up benchmark: Stride's first frame with Today drawn on a data folder, against an empty JavaFX stage.
# Usage: bench/startup.sh [runs=5] [data-folder=target/demo10] [-- extra java options, e.g. -XX:SharedArchiveFile=...]
#        STRIDE_APP=target/package/Stride/bin/Stride bench/startup.sh 5 DIR   measures the packaged app-image instead.
# Needs: mvn -q package -DskipTests && mvn -q test-compile; a display (runs under xvfb-run when DISPLAY is unset).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
data=${2:-target/demo10}
shift $(( $# > 2 ? 2 : $# )) || true
[[ "${1:-}" == "--" ]] && shift
extra=("$@")
if [[ ! -f "$data/stride.db" ]]; then
    java -jar target/stride.jar demo-data --years 10 --out "$data" --end 2026-11-29 >/dev/null
fi
run() { # prints the first-frame-ms of one start
    if [[ -z "${DISPLAY:-}" ]]; then
        xvfb-run -a -s "-screen 0 1920x1080x24" "$@" 2>/dev/null | sed -n 's/^first-frame-ms=//p'
    else
        "$@" 2>/dev/null | sed -n 's/^first-frame-ms=//p'
    fi
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }
stride=(); empty=()
for ((i = 0; i < runs; i++)); do  # interleaved, so a load spike hits both alike
    if [[ -n "${STRIDE_APP:-}" ]]; then
        stride+=("$(run "$STRIDE_APP" --startup-probe --data-dir "$data")")
    else
        stride+=("$(run java "${extra[@]}" -jar target/stride.jar --startup-probe --data-dir "$data")")
    fi
    empty+=("$(run java -cp target/stride.jar:target/test-classes app.stride.bench.EmptyStage)")
done
s=$(printf '%s\n' "${stride[@]}" | median)
e=$(printf '%s\n' "${empty[@]}" | median)
echo "stride first-frame-ms: ${stride[*]} (median $s)"
echo "empty stage first-frame-ms: ${empty[*]} (median $e)"
awk -v s="$s" -v e="$e" 'BEGIN { printf "ratio stride/empty = %.2f\n", s / e }'
