#!/usr/bin/env bash
# Runs both pre-commit hooks for real, from this repository, in a temporary git repository, by
# committing: a bad spec with an everyday name (specs/petstore.yaml) is blocked, a good one
# (api/cats.json) passes, and a CI config and a package.json pass untouched; the fix hook inserts
# the missing responses into the bad spec and leaves the others alone.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"

if ! command -v pre-commit >/dev/null 2>&1; then
  echo "== installing pre-commit (Debian package)"
  if [ "$(id -u)" -eq 0 ]; then apt-get update -qq && apt-get install -y -qq pre-commit >/dev/null; else sudo apt-get update -qq && sudo apt-get install -y -qq pre-commit >/dev/null; fi
fi

# The hooks are installed with the ReadyToRun build (same behaviour, a minute less of NativeAOT
# compiling). pack-install.sh checks the NativeAOT package, and its install time under pre-commit
# is measured by hand (README).
export StatuslintNativeAot="${StatuslintNativeAot:-false}"

# pre-commit clones the hook repository at a commit; a checkout with uncommitted changes is tested from a snapshot commit.
source_repo="$repo"
if [ -n "$(git -C "$repo" status --porcelain)" ]; then
  source_repo="$(mktemp -d)"
  git -C "$repo" ls-files -co --exclude-standard -z | (cd "$repo" && xargs -0 tar -cf -) | tar -xf - -C "$source_repo"
  git -C "$source_repo" init -q && git -C "$source_repo" add -A && git -C "$source_repo" -c user.name=ci -c user.email=ci@example.invalid commit -qm snapshot
fi
rev="$(git -C "$source_repo" rev-parse HEAD)"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
git init -q
git config user.email ci@example.invalid
git config user.name ci
export PRE_COMMIT_HOME="${PRE_COMMIT_HOME:-$HOME/.cache/statuslint-pre-commit}"

use_hook() { # hook id
  cat > .pre-commit-config.yaml <<YAML
repos:
  - repo: $source_repo
    rev: $rev
    hooks:
      - id: $1
YAML
  git add .pre-commit-config.yaml
}

commit() { # expected (pass|fail), files...
  local want="$1"; shift
  git add "$@"
  set +e
  git commit -qm "add $*" > "$work/out.txt" 2>&1
  local got=$?
  set -e
  if { [ "$want" = fail ] && [ "$got" -eq 0 ]; } || { [ "$want" = pass ] && [ "$got" -ne 0 ]; }; then
    cat "$work/out.txt"
    echo "FAILED: expected the commit of $* to $want"
    exit 1
  fi
  echo "ok: the commit of $* ${want}ed as expected"
}

mkdir -p specs api .github/workflows
cp "$repo/samples/bad/missing-codes.yaml" specs/petstore.yaml
cp "$repo/samples/petstore-3.1.json" api/cats.json
printf 'name: ci\non: [push]\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo hi\n' > .github/workflows/ci.yml
printf '{\n  "name": "shop",\n  "version": "1.0.0",\n  "scripts": {"test": "true"}\n}\n' > package.json
before="$(sha256sum .github/workflows/ci.yml package.json)"

pre-commit install >/dev/null
use_hook statuslint
start=$(date +%s)
commit fail specs/petstore.yaml
echo "(the first commit built and installed the hook: $(( $(date +%s) - start )) s)"
grep -q "specs/petstore.yaml:.*operation-declares-500" "$work/out.txt" || { cat "$work/out.txt"; echo "FAILED: the hook should name the finding in specs/petstore.yaml"; exit 1; }
git reset -q && git add .pre-commit-config.yaml
commit pass .github/workflows/ci.yml package.json
commit pass api/cats.json
[ "$before" = "$(sha256sum .github/workflows/ci.yml package.json)" ] || { echo "FAILED: the hook changed ci.yml or package.json"; exit 1; }

use_hook statuslint-fix
commit fail specs/petstore.yaml
grep -q "InternalServerError" specs/petstore.yaml || { cat "$work/out.txt"; echo "FAILED: statuslint-fix did not insert the missing responses"; exit 1; }
commit pass specs/petstore.yaml
printf '\n' >> package.json
commit pass package.json
[ "$(sha256sum package.json)" = "$(printf '{\n  "name": "shop",\n  "version": "1.0.0",\n  "scripts": {"test": "true"}\n}\n\n' | sha256sum | sed 's/-$/package.json/')" ] \
  || { echo "FAILED: statuslint-fix changed package.json"; exit 1; }
echo "pre-commit hooks: all checks passed"
