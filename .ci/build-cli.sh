#!/usr/bin/env bash
# Builds the statuslint CLI (Release) into OUT; on failure prints the build log and exits 1.
# Under .ci/run, STATUSLINT_CI_CLI names a folder where this Release build was already made once: it is
# copied instead (the steps that use it would otherwise each pay a build, and steps that run at the same
# time must not build the same project into the same obj folders).
# Usage: .ci/build-cli.sh OUT
set -euo pipefail
out=$1
cd "$(dirname "$0")/.."
mkdir -p "$out"
if [ -n "${STATUSLINT_CI_CLI:-}" ] && [ -f "$STATUSLINT_CI_CLI/statuslint.dll" ]; then
  cp -a "$STATUSLINT_CI_CLI/." "$out/"
  exit 0
fi
echo "== building statuslint (Release)"
if ! dotnet build src/OpenApiStatusLint.Cli -c Release -v quiet -nologo -o "$out" >"$out/build.log" 2>&1; then
  cat "$out/build.log" >&2
  exit 1
fi
