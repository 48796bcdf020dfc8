#!/usr/bin/env bash
# Packs the tool as a user would, installs it from the local package into a temporary tool path,
# and runs it on a sample: the README's install instructions, checked.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

dotnet pack "$repo" -c Release -o "$work/artifacts" --nologo -v quiet
packages=("$work"/artifacts/*.nupkg)
if [ "${#packages[@]}" -ne 1 ]; then
  echo "FAILED: a plain dotnet pack must produce only the tool package (pre-commit installs every package), got: ${packages[*]}"
  exit 1
fi
dotnet tool install --tool-path "$work/tools" --add-source "$work/artifacts" OpenApiStatusLint
"$work/tools/statuslint" --version
cd "$repo"
"$work/tools/statuslint" lint samples/petstore-3.0.yaml
set +e
"$work/tools/statuslint" lint samples/bad/invalid-status-code.yaml > "$work/out.txt"
code=$?
set -e
[ "$code" -eq 1 ] || { cat "$work/out.txt"; echo "FAILED: expected exit code 1 on a bad sample, got $code"; exit 1; }
echo "packed tool: installed and ran"
