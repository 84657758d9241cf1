#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Fails when a layer includes a header of a layer above it (design.md: app → ui|cli → services →
# storage → core), or when core, storage or services include widgets.
set -u
src=${1:-$(dirname "$0")/../src}
status=0
check() { # layer, forbidden include pattern
    local hits
    hits=$(grep -rnE "#include [<\"]($2)" "$src/$1" 2>/dev/null)
    if [ -n "$hits" ]; then
        echo "layering: $1 must not include ($2):"
        echo "$hits"
        status=1
    fi
}
widgets='Q(Widget|Dialog|MessageBox|MainWindow|TableView|Application|Action|Menu)\b|QtWidgets'
check core "storage/|services/|ui/|cli/|app/|QSql|$widgets"
check storage "services/|ui/|cli/|app/|$widgets"
check services "ui/|cli/|app/|$widgets"
check ui "cli/|app/|storage/"
check cli "ui/|app/|storage/|$widgets"
[ $status = 0 ] && echo "layering: ok"
exit $status
