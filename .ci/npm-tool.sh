#!/usr/bin/env bash
# Installs npm packages into the folder DIR unless DIR already holds the file CHECK (relative
# to DIR). The install goes into a fresh folder that is renamed when complete, so a broken
# install is never reused.
# Usage: .ci/npm-tool.sh DIR CHECK PACKAGE@VERSION...
set -euo pipefail
dir=$1 check=$2
shift 2
if [[ ! -e "$dir/$check" ]]; then
  echo "== installing $* into $dir"
  rm -rf "$dir.partial"
  mkdir -p "$dir.partial"
  npm install --prefix "$dir.partial" --no-save --ignore-scripts --no-audit --no-fund --loglevel=error "$@" >/dev/null
  rm -rf "$dir"
  mv "$dir.partial" "$dir"
fi
