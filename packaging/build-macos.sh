#!/usr/bin/env bash
# Builds Stride for macOS: jlink'ed runtime, Stride.app and a .dmg. Run on macOS with JDK 17 on PATH:
#   packaging/build-macos.sh
# ICON=path/to/stride.icns (default: an .icns in src/main/resources; the app icon comes with issue 8).
# Signing/notarisation: set MAC_SIGN_IDENTITY to sign with --mac-sign (unsigned images open via right-click > Open).
set -euo pipefail
cd "$(dirname "$0")/.."
source packaging/common.sh

mvn -q -B package -DskipTests
prepare_input
build_runtime
icon=${ICON:-$(find_icon icns)}
icon_args=(); [[ -n "$icon" ]] && icon_args=(--icon "$icon")
sign_args=(); [[ -n "${MAC_SIGN_IDENTITY:-}" ]] && sign_args=(--mac-sign --mac-signing-key-user-name "$MAC_SIGN_IDENTITY")

rm -rf "$OUT/Stride.app" "$OUT"/*.dmg
# macOS wants a version whose first number is at least 1 for an app bundle
mac_version=$APP_VERSION; [[ "$mac_version" == 0.* ]] && mac_version="1.${mac_version#0.}"
jpackage --type dmg --dest "$OUT" --name Stride \
    --input "$INPUT" --main-jar stride.jar --main-class app.stride.Launcher \
    --runtime-image "$RUNTIME" --app-version "$mac_version" --vendor "$VENDOR" \
    --description "$DESCRIPTION" --copyright "$COPYRIGHT" "${icon_args[@]}" "${sign_args[@]}" \
    $(java_option_args) \
    --mac-package-identifier app.stride --mac-package-name Stride --mac-app-category public.app-category.healthcare-fitness
report_sizes
