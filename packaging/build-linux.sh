#!/usr/bin/env bash
# Builds Stride for Linux: a jlink'ed runtime (only the modules Stride needs), a jpackage app-image with an AppCDS
# archive, and a .deb. One command from the project root:   packaging/build-linux.sh
# Output in target/package/ (never committed): Stride/ (app-image), stride_<version>_amd64.deb.
# Env: ICON=path/to/icon.png (default: the app icon in src/main/resources if there, else a generated placeholder),
#      SKIP_DEB=1, SKIP_CDS=1.
set -euo pipefail
cd "$(dirname "$0")/.."
source packaging/common.sh

[[ -n "${SKIP_MVN:-}" ]] || mvn -q -B package -DskipTests
prepare_input
build_runtime
icon=${ICON:-$(find_icon png)}

rm -rf "$OUT/Stride"
jpackage --type app-image --dest "$OUT" --name Stride \
    --input "$INPUT" --main-jar stride.jar --main-class app.stride.Launcher \
    --runtime-image "$RUNTIME" --app-version "$APP_VERSION" --vendor "$VENDOR" \
    --description "$DESCRIPTION" --copyright "$COPYRIGHT" --icon "$icon" \
    $(java_option_args)

if [[ -z "${SKIP_CDS:-}" ]]; then
    add_cds "$OUT/Stride" "$OUT/Stride/lib/app"
fi

if [[ -z "${SKIP_DEB:-}" ]]; then
    rm -f "$OUT"/stride_*.deb
    deb_image=$OUT/Stride
    if [[ -z "${SKIP_CDS:-}" && -w /opt && ! -e /opt/stride ]]; then
        # The archive names the class path it was made for: make the .deb's for /opt/stride, where it installs.
        deb_image=$OUT/deb-image/Stride && rm -rf "$OUT/deb-image" && mkdir -p "$OUT/deb-image"
        cp -a "$OUT/Stride" /opt/stride && add_cds /opt/stride /opt/stride/lib/app
        cp -a /opt/stride "$deb_image" && rm -rf /opt/stride
    fi
    jpackage --type deb --dest "$OUT" --name stride --app-image "$deb_image" \
        --app-version "$APP_VERSION" --vendor "$VENDOR" --description "$DESCRIPTION" --copyright "$COPYRIGHT" \
        --linux-package-name stride --linux-app-category Sports --linux-menu-group "Sports;Utility" \
        --linux-shortcut --linux-package-deps "libgtk-3-0, libgl1" --linux-deb-maintainer "stride@example.org" \
        --icon "$icon"
fi
report_sizes
