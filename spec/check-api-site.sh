#!/usr/bin/env bash
# Builds the API reference site (spec/target/api-site/) and checks it in headless Chromium: the page renders,
# searching "createBuild" finds the operation, choosing the result opens it, and the console shows no error.
# Screenshots go to spec/target/api-site-check/. Needs Chromium (Debian: apt-get install chromium); pass another
# browser binary as the first argument. Not part of ./mvnw verify, which builds and unit-tests the site only.
set -euo pipefail
cd "$(dirname "$0")/.."
browser="${1:-chromium}"
command -v "$browser" >/dev/null || { echo "no $browser on PATH (apt-get install chromium)" >&2; exit 2; }
./mvnw -B -q -pl spec process-test-classes exec:java@check-api-site -Dchromium="$browser"
