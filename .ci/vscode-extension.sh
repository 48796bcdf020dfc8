#!/usr/bin/env bash
# The VS Code extension (editors/vscode) compiles and packages as a .vsix with @vscode/vsce, from a copy of the
# folder so that node_modules never lands in the work tree; the package must hold the compiled client, its
# vscode-languageclient dependency and the settings it documents.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cp -r "$repo/editors/vscode" "$work/vscode"
rm -rf "$work/vscode/node_modules" "$work/vscode/out"
cd "$work/vscode"
npm ci --no-audit --no-fund --loglevel=error > "$work/npm.log" 2>&1 || { cat "$work/npm.log"; echo "FAILED: npm ci"; exit 1; }
npx --no-install vsce package --out statuslint.vsix > "$work/vsce.log" 2>&1 || { cat "$work/vsce.log"; echo "FAILED: vsce package"; exit 1; }

# Listed to a file first: under pipefail, grep -q closing the pipe early fails the listing (SIGPIPE).
unzip -l statuslint.vsix > "$work/contents.txt"
for entry in extension/out/extension.js extension/package.json extension/node_modules/vscode-languageclient/package.json extension/readme.md; do
  grep -q " $entry\$" "$work/contents.txt" || { cat "$work/contents.txt"; echo "FAILED: $entry is not in the .vsix"; exit 1; }
done
unzip -p statuslint.vsix extension/package.json > "$work/manifest.json"
for setting in statuslint.path statuslint.packs statuslint.configPath statuslint.minimumSeverity; do
  grep -q "\"$setting\"" "$work/manifest.json" || { echo "FAILED: the manifest lacks the setting $setting"; exit 1; }
done
grep -q "'lsp'" extension/out/extension.js 2>/dev/null || unzip -p statuslint.vsix extension/out/extension.js | grep -q "'lsp'" \
  || { echo "FAILED: the extension does not start 'statuslint lsp'"; exit 1; }
echo "VS Code extension: statuslint.vsix packaged ($(du -k statuslint.vsix | cut -f1) KB)"
