#!/usr/bin/env bash
# The HTML report of GitHub's REST description (@octokit/openapi, 1,223 operations) in headless
# Chromium: file size, time to write it, and the time from navigation to the painted matrix
# (target: under 2 s), plus the checks of .ci/html-report-check.mjs that fit a large report.
# A measurement to run by hand and report, not a CI step. Needs what .ci/html-report.sh installs
# (chromium, playwright-core) and the spec in the bench cache (bench/lib.sh installs it).
# Usage: bench/html-report.sh [OUT_FOLDER]
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
spec="${STATUSLINT_BENCH_CACHE:-$HOME/.cache/statuslint-bench}/node_modules/@octokit/openapi/generated/api.github.com.json"
playwright="${STATUSLINT_TOOLS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/statuslint-tools}/playwright-core-1.65.1/node_modules/playwright-core"
[[ -f "$spec" ]] || { echo "bench/html-report: $spec is missing; install it with bench/lib.sh (see bench/README.md)" >&2; exit 1; }
[[ -d "$playwright" ]] || { echo "bench/html-report: run .ci/html-report.sh once first (it installs playwright-core and chromium)" >&2; exit 1; }
out="${1:-$(mktemp -d)}"
mkdir -p "$out"
.ci/build-cli.sh "$out/bin"
started=$(date +%s.%N)
dotnet "$out/bin/statuslint.dll" lint "$spec" --fail-on none --format html="$out/github.html"
echo "write: $(echo "$(date +%s.%N) - $started" | bc) s for lint + HTML report"
dotnet "$out/bin/statuslint.dll" lint "$spec" --fail-on none --format json="$out/github.json"
PLAYWRIGHT_CORE="$playwright" CHROMIUM="$(command -v chromium)" \
  node .ci/html-report-check.mjs large "$out/github.html" "$out/github.json" "$out/github.png"
