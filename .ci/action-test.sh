#!/usr/bin/env bash
# Runs the GitHub Action's own lint script (action/lint.sh, what action.yml runs) on a small
# repository, with the tool built from this checkout on PATH as `statuslint`:
# - the README's files: "api/**/*.yaml" lints api/top.yaml, api/v1/one.yaml and api/v1/deep/two.yaml
#   (before, bash expanded the glob itself and, without globstar, linted only api/v1/one.yaml);
# - the args input reaches statuslint (--skip-non-openapi passes a non-OpenAPI YAML file by);
# - a glob that matches nothing still gives a SARIF file, an empty run with a notification.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# The Release build .ci/run made once (build-cli.sh builds it when this runs alone).
"$repo/.ci/build-cli.sh" "$work/cli"
mkdir -p "$work/bin"
printf '#!/bin/sh\nexec dotnet "%s" "$@"\n' "$work/cli/statuslint.dll" > "$work/bin/statuslint"
chmod +x "$work/bin/statuslint"
export PATH="$work/bin:$PATH" NO_COLOR=1

cd "$work"
mkdir -p repo/api/v1/deep
cp "$repo/samples/bad/missing-codes.yaml" repo/api/top.yaml
cp "$repo/samples/bad/missing-codes.yaml" repo/api/v1/one.yaml
cp "$repo/samples/bad/missing-codes.yaml" repo/api/v1/deep/two.yaml
printf 'replicas: 3\n' > repo/api/v1/values.yaml
cd repo

run_action() { # name, then VAR=value assignments for the script
  local name="$1"; shift
  : > "$work/$name.outputs"
  env "$@" SARIF="$work/$name.sarif" GITHUB_OUTPUT="$work/$name.outputs" PACKS=recommended CATEGORY=statuslint FAIL_ON=error \
    bash "$repo/action/lint.sh" > "$work/$name.log" 2>&1
}

run_action all FILES="api/**/*.yaml" ARGS="--skip-non-openapi"
for spec in api/top.yaml api/v1/one.yaml api/v1/deep/two.yaml; do
  grep -q "\"uri\": \"$spec\"" "$work/all.sarif" || { cat "$work/all.log"; echo "FAILED: $spec is not in the SARIF: the Action did not lint it"; exit 1; }
  grep -q "^::error file=$spec," "$work/all.log" || { cat "$work/all.log"; echo "FAILED: no annotation for $spec"; exit 1; }
done
grep -q "values.yaml" "$work/all.log" && { cat "$work/all.log"; echo "FAILED: --skip-non-openapi (args) did not skip api/v1/values.yaml"; exit 1; }
grep -qx "exit-code=1" "$work/all.outputs" || { cat "$work/all.outputs"; echo "FAILED: findings should give exit-code=1"; exit 1; }
echo "ok: api/**/*.yaml linted top.yaml, v1/one.yaml and v1/deep/two.yaml; args reached statuslint"

run_action none FILES="nothing/**/*.yaml"
[ -s "$work/none.sarif" ] || { cat "$work/none.log"; echo "FAILED: no SARIF written when nothing matched"; exit 1; }
python3 - "$work/none.sarif" <<'PY'
import json, sys
run = json.load(open(sys.argv[1]))["runs"][0]
assert run["results"] == [], run["results"]
notes = run["invocations"][0]["toolExecutionNotifications"]
assert any("no files match 'nothing/**/*.yaml'" in n["message"]["text"] for n in notes), notes
PY
grep -qx "exit-code=2" "$work/none.outputs" || { cat "$work/none.outputs"; echo "FAILED: nothing matched should give exit-code=2"; exit 1; }
echo "ok: nothing matched: an empty SARIF run with a notification, exit-code=2"

run_action broken FILES="api/top.yaml" ARGS="--no-such-option"
[ -s "$work/broken.sarif" ] || { cat "$work/broken.log"; echo "FAILED: no SARIF written when statuslint stopped early"; exit 1; }
python3 -c "import json,sys; json.load(open(sys.argv[1]))" "$work/broken.sarif"
echo "ok: a statuslint that stops before its report still leaves a SARIF file"
echo "action: all checks passed"
