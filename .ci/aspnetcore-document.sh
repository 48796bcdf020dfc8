#!/usr/bin/env bash
# The document an ASP.NET Core 10 app writes at build time (Microsoft.Extensions.ApiDescription.Server),
# linted by the statuslint command: the README's "Lint the document your ASP.NET Core app generates".
# samples/aspnetcore/PetsApi has two deliberate gaps, so the lint must exit 1 and report both.
set -euo pipefail
cd "$(dirname "$0")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
project=samples/aspnetcore/PetsApi
document=$project/obj/openapi/PetsApi.json

echo "== building $project, which writes $document"
# Removed first, so that the document linted below is the one this build wrote.
rm -f "$document"
if ! dotnet build "$project" -c Release -v quiet -nologo >"$work/app-build.log" 2>&1; then
  cat "$work/app-build.log" >&2
  exit 1
fi
[ -s "$document" ] || { cat "$work/app-build.log"; echo "FAILED: the build did not write $document"; exit 1; }

.ci/build-cli.sh "$work/bin"

set +e
dotnet "$work/bin/statuslint.dll" lint "$document" --format json >"$work/report.json"
code=$?
set -e
[ "$code" -eq 1 ] || { cat "$work/report.json"; echo "FAILED: expected exit code 1 (findings) on $document, got $code"; exit 1; }

# Each deliberate gap, on its operation.
python3 - "$work/report.json" <<'PY'
import json, sys
findings = json.load(open(sys.argv[1]))["findings"]
for finding in findings:
    print(f'{finding["file"]}:{finding["line"]}:{finding["column"]}  {finding["severity"]}  {finding["message"]}  {finding["ruleId"]}')
expected = {("operation-declares-500", "GET /pets"), ("secured-operation-declares-401", "DELETE /pets/{id}")}
missing = expected - {(finding["ruleId"], finding["operation"]) for finding in findings}
if missing:
    sys.exit("FAILED: the report lacks " + ", ".join(f"{rule} on {operation}" for rule, operation in sorted(missing)))
PY
echo "build-time document: both deliberate gaps reported"
