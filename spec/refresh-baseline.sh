#!/usr/bin/env bash
# Run at release time (see README "Regenerating after an API change"): the current spec becomes the baseline that
# later changes are checked against, and the acknowledged breaking changes, now part of the release, are cleared.
set -euo pipefail
cd "$(dirname "$0")"
# The baseline is one file: spec/openapi.yaml with the paths/ and schemas/ files it references resolved into it.
(cd .. && ./mvnw -B -q -pl spec test-compile exec:java@refresh-baseline)
# keep the leading comment block of the acknowledgements file, reset the list
awk '/^#/ { print; next } { exit }' breaking-changes-acknowledged.yaml > breaking-changes-acknowledged.yaml.new
echo "acknowledged: []" >> breaking-changes-acknowledged.yaml.new
mv breaking-changes-acknowledged.yaml.new breaking-changes-acknowledged.yaml
echo "Baseline refreshed from spec/openapi.yaml and its files ($(grep -c 'operationId:' baseline/openapi.yaml) operations); acknowledgements cleared."
