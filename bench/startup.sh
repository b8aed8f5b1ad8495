#!/usr/bin/env bash
# Start-up benchmark: Stride's first frame with Today drawn on a data folder, against an empty JavaFX stage: the time
# since the process started and the CPU time used by then, medians and ratios.
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
run() { # prints "first-frame-ms first-frame-cpu-ms" of one start
    if [[ -z "${DISPLAY:-}" ]]; then
        xvfb-run -a -s "-screen 0 1920x1080x24" "$@" 2>/dev/null | sed -n 's/^first-frame-\(cpu-\)\{0,1\}ms=//p' | paste -sd' '
    else
        "$@" 2>/dev/null | sed -n 's/^first-frame-\(cpu-\)\{0,1\}ms=//p' | paste -sd' '
    fi
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }
stride=(); empty=(); stride_cpu=(); empty_cpu=()
for ((i = 0; i < runs; i++)); do  # interleaved, so a load spike hits both alike
    if [[ -n "${STRIDE_APP:-}" ]]; then
        read -r ms cpu < <(run "$STRIDE_APP" --startup-probe --data-dir "$data") || true
    else
        read -r ms cpu < <(run java "${extra[@]}" -jar target/stride.jar --startup-probe --data-dir "$data") || true
    fi
    stride+=("$ms"); stride_cpu+=("$cpu")
    read -r ms cpu < <(run java -cp target/stride.jar:target/test-classes app.stride.bench.EmptyStage) || true
    empty+=("$ms"); empty_cpu+=("$cpu")
    echo "round $((i + 1)): load $(cut -d' ' -f1 /proc/loadavg)" >&2
done
s=$(printf '%s\n' "${stride[@]}" | median)
e=$(printf '%s\n' "${empty[@]}" | median)
echo "stride first-frame-ms: ${stride[*]} (median $s)"
echo "empty stage first-frame-ms: ${empty[*]} (median $e)"
awk -v s="$s" -v e="$e" 'BEGIN { printf "ratio stride/empty = %.2f\n", s / e }'
# CPU time used by the first frame (all threads): less at the mercy of other programs on a shared machine.
sc=$(printf '%s\n' "${stride_cpu[@]}" | median)
ec=$(printf '%s\n' "${empty_cpu[@]}" | median)
echo "stride first-frame-cpu-ms: ${stride_cpu[*]} (median $sc); empty stage: ${empty_cpu[*]} (median $ec)"
awk -v s="$sc" -v e="$ec" 'BEGIN { printf "cpu ratio stride/empty = %.2f\n", s / e }'
