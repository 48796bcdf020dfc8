#!/usr/bin/env bash
# The distribution files are YAML that other tools read: make sure each one parses.
set -euo pipefail
cd "$(dirname "$0")/.."
python=/usr/bin/python3
if ! "$python" -c 'import yaml' 2>/dev/null; then
  echo "== installing python3-yaml (Debian package)"
  apt-get update -qq && apt-get install -y -qq python3-yaml >/dev/null
fi
for file in action.yml .pre-commit-hooks.yaml .github/workflows/*.yml; do
  [ -f "$file" ] || continue
  "$python" -c 'import sys, yaml; yaml.safe_load(open(sys.argv[1])); print("ok:", sys.argv[1])' "$file"
done
