#!/usr/bin/env bash
# The HTML report in a real browser: Debian's Chromium (installed with apt when missing) driven by
# playwright-core from npm, which downloads no browser of its own. html-report-check.mjs opens the
# reports of a few samples and checks what a reader sees: a clean load with no request, one row per
# operation, the cells of known findings, the filters, the details of a click, the fix text (the
# same as SARIF's), that text from the spec cannot inject markup, and writes a screenshot.
# Without Chromium or npm this fails, never skips.
# Usage: .ci/html-report.sh [SCREENSHOT.png]   (also copies the screenshot there, e.g. docs/html-report.png)
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$(pwd)"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
playwright_version=1.65.1
cache="${STATUSLINT_TOOLS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/statuslint-tools}/playwright-core-$playwright_version"

if ! command -v chromium >/dev/null; then
  echo "== installing Debian's chromium"
  if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }; then
    echo "html-report: Chromium is needed for the browser checks and 'apt-get install chromium' failed" >&2
    exit 1
  fi
fi
command -v npm >/dev/null || { echo "html-report: npm is needed to install playwright-core" >&2; exit 1; }
# playwright-core has no dependencies and no install script; it never downloads a browser.
.ci/npm-tool.sh "$cache" node_modules/playwright-core/index.js "playwright-core@$playwright_version"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
.ci/build-cli.sh "$work/bin"
statuslint() { dotnet "$work/bin/statuslint.dll" "$@"; }

# Untrusted text in every place the page shows: a path key, the title, a tag, an operationId.
cat >"$work/hostile.yaml" <<'YAML'
openapi: 3.0.3
info:
  title: "<img src=x onerror=window.pwned=2>"
  version: "1</title><script>window.pwned=4</script>"
paths:
  "/x</script><script>window.pwned=1</script>":
    get:
      operationId: '"><svg onload=window.pwned=3>'
      tags: ["<b>tag</b>"]
      responses:
        '200':
          description: "<script>window.pwned=5</script>"
  /plain:
    get:
      responses:
        '200':
          description: ok
YAML

# Relative paths, as a user runs it from the repository root.
statuslint lint samples/bad/missing-codes.yaml --fail-on none \
  --format html="$work/missing-codes.html" --format json="$work/missing-codes.json" --format sarif="$work/missing-codes.sarif"
statuslint lint samples/petstore-3.0.yaml samples/bad/missing-codes.yaml --fail-on none \
  --format html="$work/several.html" --format json="$work/several.json"
(cd "$work" && statuslint lint hostile.yaml --fail-on none --format html="$work/hostile.html")

started=$(date +%s)
PLAYWRIGHT_CORE="$cache/node_modules/playwright-core" CHROMIUM="$(command -v chromium)" \
  node .ci/html-report-check.mjs samples "$work"
echo "== browser checks took $(( $(date +%s) - started )) s"
if [[ $# -ge 1 ]]; then
  cp "$work/missing-codes.png" "$1"
  echo "== screenshot copied to $1"
fi
