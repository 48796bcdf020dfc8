#!/usr/bin/env bash
# Runs both pre-commit hooks for real, from this repository, in a temporary git repository:
# on a bad spec each hook must fail, on a good one it must pass.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"

if ! command -v pre-commit >/dev/null 2>&1; then
  echo "== installing pre-commit (Debian package)"
  if [ "$(id -u)" -eq 0 ]; then apt-get update -qq && apt-get install -y -qq pre-commit >/dev/null; else sudo apt-get update -qq && sudo apt-get install -y -qq pre-commit >/dev/null; fi
fi

# Each try-repo packs the tool afresh; four NativeAOT compiles would add about six minutes to CI,
# so the hooks are run with the ReadyToRun build (same behaviour). pack-install.sh checks the
# NativeAOT package, and its install time under pre-commit is measured by hand (README).
export StatuslintNativeAot="${StatuslintNativeAot:-false}"

# try-repo uses the repository's HEAD; a checkout with uncommitted changes is tested from a snapshot commit.
source_repo="$repo"
if [ -n "$(git -C "$repo" status --porcelain)" ]; then
  source_repo="$(mktemp -d)"
  git -C "$repo" ls-files -co --exclude-standard -z | (cd "$repo" && xargs -0 tar -cf -) | tar -xf - -C "$source_repo"
  git -C "$source_repo" init -q && git -C "$source_repo" add -A && git -C "$source_repo" -c user.name=ci -c user.email=ci@example.invalid commit -qm snapshot
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
git init -q
git config user.email ci@example.invalid
git config user.name ci
mkdir -p api
cp "$repo/samples/bad/missing-codes.yaml" api/openapi.yaml
cp "$repo/samples/petstore-3.0.yaml" good.openapi.yaml
git add -A

export PRE_COMMIT_HOME="${PRE_COMMIT_HOME:-$HOME/.cache/statuslint-pre-commit}"

expect() {
  local want="$1"; shift
  set +e
  "$@" > "$work/out.txt" 2>&1
  local got=$?
  set -e
  if { [ "$want" = fail ] && [ "$got" -eq 0 ]; } || { [ "$want" = pass ] && [ "$got" -ne 0 ]; }; then
    cat "$work/out.txt"
    echo "FAILED: expected the hook to $want: $*"
    exit 1
  fi
  echo "ok: hook ${want}ed as expected: ${*: -2}"
}

expect fail pre-commit try-repo "$source_repo" statuslint --files api/openapi.yaml
expect pass pre-commit try-repo "$source_repo" statuslint --files good.openapi.yaml
expect fail pre-commit try-repo "$source_repo" statuslint-fix --files api/openapi.yaml
grep -q "InternalServerError" api/openapi.yaml || { echo "FAILED: statuslint-fix did not insert the missing responses"; exit 1; }
expect pass pre-commit try-repo "$source_repo" statuslint-fix --files good.openapi.yaml
echo "pre-commit hooks: all checks passed"
