#!/usr/bin/env bash
# Builds Stride for Windows: jlink'ed runtime, app-image and .msi. Run on Windows from Git Bash with JDK 17 on PATH
# and WiX Toolset 3.x installed (jpackage needs candle.exe/light.exe for --type msi):   packaging/build-windows.sh
# ICON=path/to/stride.ico (default: an .ico in src/main/resources; the app icon comes with issue 8).
set -euo pipefail
cd "$(dirname "$0")/.."
source packaging/common.sh

mvn -q -B package -DskipTests
prepare_input
build_runtime
icon=${ICON:-$(find_icon ico)}
icon_args=(); [[ -n "$icon" ]] && icon_args=(--icon "$icon")

rm -rf "$OUT/Stride" "$OUT"/*.msi
# --win-console would open a console window with the app; without it the CLI still works from cmd/PowerShell
# through "Stride.exe" only for exit codes, so a second launcher "stride-cli" with a console is added.
printf 'win-console=true\n' > "$OUT/stride-cli.properties"
jpackage --type msi --dest "$OUT" --name Stride \
    --input "$INPUT" --main-jar stride.jar --main-class app.stride.Launcher \
    --runtime-image "$RUNTIME" --app-version "$APP_VERSION" --vendor "$VENDOR" \
    --description "$DESCRIPTION" --copyright "$COPYRIGHT" "${icon_args[@]}" \
    $(java_option_args) \
    --add-launcher stride-cli="$OUT/stride-cli.properties" \
    --win-menu --win-menu-group Stride --win-shortcut --win-dir-chooser --win-per-user-install \
    --win-upgrade-uuid 6f0b8a52-3c1e-4f4e-9a77-5d2d3b0c9f11
report_sizes
