#!/usr/bin/env bash
# Builds the statuslint CLI (Release) into OUT; on failure prints the build log and exits 1.
# Usage: .ci/build-cli.sh OUT
set -euo pipefail
out=$1
cd "$(dirname "$0")/.."
echo "== building statuslint (Release)"
mkdir -p "$out"
if ! dotnet build src/OpenApiStatusLint.Cli -c Release -v quiet -nologo -o "$out" >"$out/build.log" 2>&1; then
  cat "$out/build.log" >&2
  exit 1
fi
