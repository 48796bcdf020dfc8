#!/usr/bin/env bash
# Installs, in one apt transaction, the Debian packages that later CI steps use (each step still
# installs what it needs itself when run alone): Chromium (html-report.sh), Neovim (neovim-e2e.sh),
# pre-commit (pre-commit-test.sh) and python3-yaml (yaml-files-parse.sh). .ci/run starts this in
# the background while the tests build and run, because the download is network time, not CPU.
set -euo pipefail
packages=()
command -v chromium >/dev/null 2>&1 || packages+=(chromium)
command -v nvim >/dev/null 2>&1 || packages+=(neovim)
command -v pre-commit >/dev/null 2>&1 || packages+=(pre-commit)
/usr/bin/python3 -c 'import yaml' 2>/dev/null || packages+=(python3-yaml)
[ ${#packages[@]} -eq 0 ] && { echo "all present"; exit 0; }
sudo_if_needed=""
[ "$(id -u)" -ne 0 ] && sudo_if_needed="sudo"
echo "installing ${packages[*]}"
$sudo_if_needed apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo_if_needed apt-get install -y -qq "${packages[@]}" >/dev/null
echo "installed ${packages[*]}"
