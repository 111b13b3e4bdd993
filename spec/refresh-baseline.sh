#!/usr/bin/env bash
# Run at release time (see README "Regenerating after an API change"): the current spec becomes the baseline that
# later changes are checked against, and the acknowledged breaking changes, now part of the release, are cleared.
set -euo pipefail
cd "$(dirname "$0")"
cp openapi.yaml baseline/openapi.yaml
# keep the leading comment block of the acknowledgements file, reset the list
awk '/^#/ { print; next } { exit }' breaking-changes-acknowledged.yaml > breaking-changes-acknowledged.yaml.new
echo "acknowledged: []" >> breaking-changes-acknowledged.yaml.new
mv breaking-changes-acknowledged.yaml.new breaking-changes-acknowledged.yaml
echo "Baseline refreshed from spec/openapi.yaml ($(grep -c 'operationId:' baseline/openapi.yaml) operations); acknowledgements cleared."
