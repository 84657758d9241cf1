#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Sets up and builds SalesFlow, then runs the whole test suite (GoogleTest and QtTest suites,
# command-line tests against the built binaries, layering and formatting checks) through ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/check-format.sh
ctest --preset "${SALESFLOW_PRESET:-release}" --output-on-failure -j2
