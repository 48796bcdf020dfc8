#!/usr/bin/env bash
# schemas/rulepack.schema.json (written from the vocabulary registry) accepts every shipped pack
# and rejects broken ones, as a JSON Schema validator in an editor would: Ajv 8 (2020-12 dialect).
# Usage: .ci/rulepack-schema.sh   (Ajv is cached in $STATUSLINT_TOOLS_CACHE or ~/.cache)
set -euo pipefail
cd "$(dirname "$0")/.."

cache="${STATUSLINT_TOOLS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/statuslint-tools}/ajv-8.20.0"
.ci/npm-tool.sh "$cache" node_modules/ajv/package.json ajv@8.20.0 yaml@2.9.1

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
head='pack: team
rules:
  - id: team-rule
    severity: error
    summary: s
    description: d
    message: m'
printf '%s\n    check: {require-code: [429]}\n' "$head" >"$work/unknown-check.yaml"
printf '%s\n    check: {require-codes: [429]}\n    when: {secured: maybe}\n' "$head" >"$work/bad-argument.yaml"
printf '%s\n    check: {response-header: {codes: [201], al: [Location]}}\n' "$head" >"$work/unknown-key.yaml"
printf '%s\n    check: {require-codes: [429]}\n    when: [secured]\n' "$head" >"$work/bad-when-list.yaml"

node .ci/rulepack-schema-check.mjs "$cache/node_modules" schemas/rulepack.schema.json valid rules/*.yaml
node .ci/rulepack-schema-check.mjs "$cache/node_modules" schemas/rulepack.schema.json invalid "$work"/*.yaml
