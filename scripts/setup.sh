#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs what SalesFlow needs from Debian's packages (only what is missing), then configures
# and builds it. Used by run.sh and test.sh; safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
    cmake g++ make pkg-config ninja-build
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n qt6-qpa-plugins libqt6sql6-sqlite libgl-dev
    libsqlite3-dev libspdlog-dev libfmt-dev libxlsxwriter-dev libsodium-dev libpq-dev
    libgtest-dev libgmock-dev libbenchmark-dev
    postgresql libqt6sql6-psql
    fonts-noto-cjk clang-format
)

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "setup: installing ${missing[*]}"
    sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends \
        "${missing[@]}"
fi

preset=${SALESFLOW_PRESET:-release}
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset"
