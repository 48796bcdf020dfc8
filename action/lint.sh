#!/usr/bin/env bash
# The lint step of the GitHub Action (action.yml), kept in a file so that CI runs this very script
# (.ci/action-test.sh). Inputs come through the environment: FILES (paths or globs, separated by
# spaces), PACKS, CONFIG, FAIL_ON, CATEGORY, ARGS (more statuslint options, separated by spaces);
# SARIF is where the report goes (default $RUNNER_TEMP/statuslint.sarif). Writes sarif= and
# exit-code= to $GITHUB_OUTPUT and always exits 0: the Action's last step fails on the code,
# after the upload.
set -uo pipefail
# FILES holds globs that statuslint expands itself (** included, which bash without globstar reads
# as *), so the shell must not expand them first: no globbing from here on.
set -f

sarif="${SARIF:-${RUNNER_TEMP:-.}/statuslint.sarif}"
args=(lint --format github --format "sarif=$sarif" --sarif-category "${CATEGORY:-statuslint}" --fail-on "${FAIL_ON:-error}")
for pack in ${PACKS:-}; do args+=(--pack "$pack"); done
if [ -n "${CONFIG:-}" ]; then args+=(--config "$CONFIG"); fi
read -r -a extra <<< "${ARGS:-}"
read -r -a files <<< "${FILES:-}"
echo "sarif=$sarif" >> "${GITHUB_OUTPUT:-/dev/null}"

rm -f "$sarif"
statuslint "${args[@]}" "${extra[@]}" -- "${files[@]}"
code=$?

# statuslint writes its SARIF even when nothing matched (an empty run with a notification). If it
# stopped before writing one (a mistake in ARGS, say), write an empty run that says so, so the
# upload step still has a file.
if [ ! -s "$sarif" ]; then
  mkdir -p "$(dirname "$sarif")"
  cat > "$sarif" <<JSON
{"\$schema": "https://json.schemastore.org/sarif-2.1.0.json", "version": "2.1.0", "runs": [{
  "tool": {"driver": {"name": "statuslint", "informationUri": "https://github.com/openapistatuslint/statuslint", "rules": []}},
  "automationDetails": {"id": "${CATEGORY:-statuslint/}"},
  "invocations": [{"executionSuccessful": false, "toolExecutionNotifications": [{"level": "error",
    "message": {"text": "statuslint exited with code $code before writing a report; the step's log says why."}}]}],
  "results": []}]}
JSON
fi
echo "exit-code=$code" >> "${GITHUB_OUTPUT:-/dev/null}"
exit 0
