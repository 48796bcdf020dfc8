#!/usr/bin/env bash
# Packs the tool as a user would, installs it from the local package into a temporary tool path,
# and runs it on a sample: the README's install instructions, checked. Then the same for the
# per-platform set a feed gets (README, "Publishing").
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
rid="$(dotnet --info | awk '/^ *RID:/ {print $2; exit}')"

dotnet pack "$repo" -c Release -o "$work/artifacts" --nologo -v quiet
packages=("$work"/artifacts/*.nupkg)
if [ "${#packages[@]}" -ne 1 ]; then
  echo "FAILED: a plain dotnet pack must produce only the tool package (pre-commit installs every package), got: ${packages[*]}"
  exit 1
fi
# ReadyToRun code is per platform, so the package says which one it is for.
if ! unzip -l "${packages[0]}" | grep -q "tools/net10.0/$rid/OpenApiStatusLint.dll"; then
  unzip -l "${packages[0]}"
  echo "FAILED: the plain package should be the ReadyToRun build for this machine ($rid)"
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

# The feed set: a pointer package plus one package per platform; install picks this machine's.
dotnet pack "$repo" -c Release -o "$work/feed" --nologo -v quiet "-p:ToolPlatforms=\"$rid;any\""
ls "$work/feed"
for id in OpenApiStatusLint OpenApiStatusLint.any "OpenApiStatusLint.$rid"; do
  [ -f "$work/feed/$id.$("$work/tools/statuslint" --version).nupkg" ] || { echo "FAILED: $id missing from the feed set"; exit 1; }
done
dotnet tool install --tool-path "$work/feed-tools" --add-source "$work/feed" OpenApiStatusLint
[ -d "$work/feed-tools/.store/openapistatuslint/"*"/openapistatuslint.$rid" ] \
  || { find "$work/feed-tools/.store" -maxdepth 3; echo "FAILED: install did not pick the $rid package"; exit 1; }
"$work/feed-tools/statuslint" lint samples/petstore-3.0.yaml
echo "feed set: installed the $rid package and ran"
