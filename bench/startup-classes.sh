#!/usr/bin/env bash
# Regenerates src/main/resources/app/stride/ui/startup-classes.txt: the classes a window start loads from the
# class path (JavaFX, its libraries, Stride) after the toolkit is asked to start, in the order they are loaded.
# With -Dstride.preload=true, StartupClasses loads them on a background thread while the toolkit starts (issue 11). A stale list is harmless:
# a name that no longer exists is skipped. Usage: bench/startup-classes.sh [data-folder=target/demo10]
set -euo pipefail
cd "$(dirname "$0")/.."
data=${1:-target/demo10}
log=$(mktemp)
xvfb-run -a -s "-screen 0 1920x1080x24" java -Dstride.startupMarks=true \
    -Xlog:class+load:file="$log":uptime -jar target/stride.jar --startup-probe --data-dir "$data" 2>"$log.err" >/dev/null
launch=$(sed -n 's/^startup-mark \([0-9]*\) launch .*/\1/p' "$log.err")
awk -v from="$launch" '{ t = substr($1, 2) + 0; if (t * 1000 >= from) print }' "$log" \
    | grep -E 'source: (jar:)?file:.*/(javafx-|controlsfx|atlantafx|ikonli|stride\.jar)' \
    | awk '{print $2}' | grep -v -E 'Lambda|\$\$|/0x' \
    > src/main/resources/app/stride/ui/startup-classes.txt
wc -l src/main/resources/app/stride/ui/startup-classes.txt
rm -f "$log" "$log.err"
