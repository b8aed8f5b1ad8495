# Shared by the packaging scripts (sourced). Everything derives from the pom's version.
OUT=target/package
INPUT=$OUT/input
RUNTIME=$OUT/runtime
VENDOR="Stride"
DESCRIPTION="Training plans, tick-offs and what to wear, for runners"
COPYRIGHT="Copyright 2026 the Stride authors"
POM_VERSION=$(sed -n 's:^    <version>\(.*\)</version>:\1:p' pom.xml | head -1)
APP_VERSION=${POM_VERSION%-SNAPSHOT}            # installers want plain numbers: 0.1.0
# Heap chosen for a desktop app whose live heap after visiting every screen on ten years of data is ~70 MB:
# Serial GC (no concurrent GC threads or remembered sets on a 2-core laptop), a 256 MB ceiling with room for
# a plan print-out, and a heap that gives memory back (MaxHeapFreeRatio) instead of holding its peak.
# C1 only (TieredStopAtLevel=1): on 2 cores C2's compiler threads took the CPU from the UI and render threads while
# the window started; without them the first frame came 1.5-2x sooner under load (README, "How we measure"), and a
# screen of a desktop app never runs long enough for C2's extra speed to show.
JAVA_OPTIONS=("-XX:+UseSerialGC" "-Xms16m" "-Xmx256m" "-XX:MinHeapFreeRatio=10" "-XX:MaxHeapFreeRatio=30" "-Xss512k"
    "-XX:TieredStopAtLevel=1" "-Dfile.encoding=UTF-8")
# Modules: what jdeps finds (java.base, java.desktop, java.net.http, java.sql, jdk.jfr, jdk.unsupported), plus
# jdk.crypto.ec for HTTPS to Open-Meteo, java.logging/java.xml that JavaFX and SLF4J load reflectively, and
# jdk.localedata for weekday names in the runner's language.
MODULES=java.base,java.desktop,java.logging,java.net.http,java.sql,java.xml,jdk.unsupported,jdk.jfr,jdk.crypto.ec,jdk.localedata,jdk.zipfs

java_option_args() { # --java-options X for each option (none contains a space)
    local o
    for o in "${JAVA_OPTIONS[@]}" $(native_lib_options); do printf -- '--java-options %s ' "$o"; done
}

native_lib_entry() { # the jar entry of sqlite-jdbc's native library for this build machine (the runtime's platform)
    local os arch name=libsqlitejdbc.so
    case "$(uname -s)" in
        Linux) os=Linux; if ldd --version 2>&1 | grep -qi musl; then os=Linux-Musl; fi ;;
        Darwin) os=Mac; name=libsqlitejdbc.dylib ;;
        MINGW*|MSYS*|CYGWIN*|Windows*) os=Windows; name=sqlitejdbc.dll ;;
        *) return 0 ;;
    esac
    case "$(uname -m)" in
        x86_64|amd64) arch=x86_64 ;;
        aarch64|arm64) arch=aarch64 ;;
        *) return 0 ;;
    esac
    echo "org/sqlite/native/$os/$arch/$name"
}

native_lib_options() { # sqlite-jdbc loads the library shipped in the image instead of extracting it on every start
    local entry
    entry=$(native_lib_entry)
    if [[ -n "$entry" && -f "$INPUT/native/${entry##*/}" ]]; then
        # $APPDIR stays literal here: the launcher replaces it with the image's lib/app folder
        printf '%s\n' "-Dorg.sqlite.lib.path=\$APPDIR/native" "-Dorg.sqlite.lib.name=${entry##*/}"
    fi
}

add_native_lib() { # copies the platform's native library out of the sqlite-jdbc jar into $INPUT/native
    local entry jar tmp
    entry=$(native_lib_entry)
    jar=$(ls target/lib/sqlite-jdbc-*.jar 2>/dev/null | head -1)
    if [[ -z "$entry" || -z "$jar" ]]; then echo "no native sqlite library for this platform: it extracts at start"; return 0; fi
    tmp=$(mktemp -d) && jar=$(cd "$(dirname "$jar")" && pwd)/$(basename "$jar")
    if (cd "$tmp" && jar xf "$jar" "$entry") && [[ -f "$tmp/$entry" ]]; then
        mkdir -p "$INPUT/native" && cp "$tmp/$entry" "$INPUT/native/"
    else
        echo "could not take $entry out of $jar: the app extracts it at start"
    fi
    rm -rf "$tmp"
}

prepare_input() {
    rm -rf "$INPUT" && mkdir -p "$INPUT"
    cp target/stride.jar "$INPUT/"
    # platform jars only: the empty javafx-*-21.x.jar stubs are not needed next to their -linux/-win/-mac twins
    for j in target/lib/*.jar; do
        case "$(basename "$j")" in javafx-*-[0-9]*[0-9].jar) ;; *) cp "$j" "$INPUT/" ;; esac
    done
    add_native_lib
}

build_runtime() {
    rm -rf "$RUNTIME"
    jlink --add-modules "$MODULES" --include-locales=en,de,fr,es,it,nl,pt,sv,da,nb,fi,pl \
        --strip-debug --no-header-files --no-man-pages --compress=2 --output "$RUNTIME"
}

find_icon() { # $1: png|ico|icns
    local craft
    craft=$(find src/main/resources -name "stride*.$1" -o -name "icon*.$1" 2>/dev/null | head -1)
    if [[ -n "$craft" ]]; then echo "$craft"; return; fi
    # Placeholder until the app icon (issue 8, "craft") lands in src/main/resources: a generated disc.
    mkdir -p "$OUT"
    if [[ "$1" == png ]] && command -v convert >/dev/null; then
        convert -size 256x256 xc:none -fill '#2f7d5b' -draw 'circle 128,128 128,8' -fill white \
            -draw 'polygon 96,70 196,128 96,186' "$OUT/placeholder.png" >/dev/null 2>&1 || true
        [[ -f "$OUT/placeholder.png" ]] && { echo "$OUT/placeholder.png"; return; }
    fi
    echo ""
}

add_cds() { # $1 app-image folder as it will be used, $2 its lib/app folder
    # Static AppCDS: list the classes a real start loads (window, Today on demo data), dump them into an archive
    # beside the jars, and let the launcher use it. The archive is only valid for this exact class path, so it is
    # made where the image will run from; elsewhere the JVM ignores it quietly (-Xshare:auto, cds logging off).
    local image=$1 app=$2 data=$OUT/cds-data cfg=$1/lib/app/Stride.cfg cp
    cp=$(sed -n 's/^app.classpath=//p' "$cfg" | sed "s#\$APPDIR#$app#g" | paste -sd:)
    rm -rf "$data" && java -jar target/stride.jar demo-data --years 1 --out "$data" --end 2026-11-29 >/dev/null
    local run=("$image/lib/runtime/bin/java" -XX:DumpLoadedClassList="$app/stride.classlist" -cp "$cp"
        $(native_lib_options | sed "s#\$APPDIR#$app#") app.stride.Launcher --startup-probe --data-dir "$data")
    if [[ -z "${DISPLAY:-}" ]]; then xvfb-run -a -s "-screen 0 1920x1080x24" "${run[@]}" >/dev/null 2>&1 || true
    else "${run[@]}" >/dev/null 2>&1 || true; fi
    "$image/lib/runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$app/stride.classlist" \
        -XX:SharedArchiveFile="$app/stride.jsa" -cp "$cp" >/dev/null 2>&1 || echo "AppCDS dump failed; the image runs without it"
    rm -rf "$data" "$app/stride.classlist"
    if [[ -f "$app/stride.jsa" ]] && ! grep -q SharedArchiveFile "$cfg"; then
        sed -i 's#^\[JavaOptions\]$#[JavaOptions]\njava-options=-XX:SharedArchiveFile=$APPDIR/stride.jsa\njava-options=-Xshare:auto\njava-options=-Xlog:cds=off\njava-options=-Xlog:cds+dynamic=off#' "$cfg"
    fi
}

report_sizes() {
    echo "Built in $OUT:"
    du -sh "$RUNTIME" "$OUT"/Stride "$OUT"/*.deb "$OUT"/*.msi "$OUT"/*.dmg 2>/dev/null || true
}
