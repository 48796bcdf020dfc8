#!/usr/bin/env bash
# End-to-end with an LSP client no one here wrote: Debian's Neovim (0.7.x, built-in LSP client), headless,
# attached by editors/neovim/lua/statuslint.lua (the README's snippet) to the real `statuslint lsp`. The Lua
# script checks diagnostics at the right range, a hover, the "Add 404 Not Found response" quick fix applied
# as Neovim applies any workspace edit, and the diagnostic gone; then the saved file must lint clean for
# that rule with the CLI.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if ! command -v nvim > /dev/null; then
  sudo_if_needed=""
  [ "$(id -u)" -ne 0 ] && sudo_if_needed="sudo"
  $sudo_if_needed apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_if_needed apt-get install -y -qq neovim > /dev/null
fi
nvim --version | head -1

# The Release build .ci/run made once, so this step costs no second compile (build-cli.sh builds it when
# this runs alone).
"$repo/.ci/build-cli.sh" "$work/cli"
printf '#!/bin/sh\nexec dotnet "%s" "$@"\n' "$work/cli/statuslint.dll" > "$work/statuslint"
chmod +x "$work/statuslint"

mkdir "$work/spec"
cp "$repo/tests/neovim/pets.yaml" "$work/spec/pets.yaml"
cd "$work/spec"
STATUSLINT_E2E_SPEC=pets.yaml STATUSLINT_E2E_COMMAND="$work/statuslint" timeout 180 \
  nvim --headless --clean --cmd "set runtimepath^=$repo/editors/neovim" -c "luafile $repo/tests/neovim/e2e.lua" \
  || { echo "FAILED: the Neovim session (exit $?)"; exit 1; }

grep -q "^        '404':" pets.yaml || { cat pets.yaml; echo "FAILED: the saved file has no 404 response"; exit 1; }
"$work/statuslint" lint pets.yaml --format json > "$work/lint.json" || true
if grep -q '"ruleId": "path-parameter-operation-declares-404"' "$work/lint.json"; then
  cat "$work/lint.json"
  echo "FAILED: the file Neovim saved still lacks 404 for statuslint lint"
  exit 1
fi
echo "Neovim: diagnostics at the key, hover, quick fix applied, diagnostic gone, file lints clean for the rule"
