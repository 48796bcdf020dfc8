#!/usr/bin/env bash
# For every sample that `statuslint fix` changes: the Overlay that `fix --overlay` writes, applied
# to the sample by a real Overlay 1.0 tool from npm, must give the same document as `fix --write`.
#
# The tool is openapi-format 1.33.6 (`openapi-format FILE --overlayFile O`): it reads RFC 9535
# JSONPath (jsonpathly), follows Overlay 1.0.x merge semantics and reports actions whose target
# matches nothing. It runs with --no-bundle (keep $refs to other files as they are) and --no-sort.
# openapi-overlays-js 0.2.0 is not used: its JSONPath library ignores escapes, so a target such
# as $.paths['/o\'reilly'] silently matches nothing (RFC 9535 2.3.1.1 defines \' and \\).
# bump-cli 2.11.0 (`bump overlay`) gives the same results here but is a 120-package client of a
# hosted service whose overlay code is a copy of openapi-overlays-js on jsonpathly.
#
# Both documents are compared as data (key order, quoting and comments ignored) by
# overlay-compare.mjs. An overlay addresses one document: what `--write` adds to other files of a
# multi-file sample is listed in the overlay as comments. Those files are reported as expected
# differences, and the check fails if the overlay does not name one of them.
# Usage: .ci/overlay-check.sh   (the tool is cached in $STATUSLINT_TOOLS_CACHE or ~/.cache)
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$(pwd)"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
tool=openapi-format
tool_version=1.33.6
# The JSONPath engine and the YAML parser decide the result, so they are pinned too.
packages=("openapi-format@$tool_version" jsonpathly@3.0.0 yaml@2.9.1)
cache="${STATUSLINT_TOOLS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/statuslint-tools}/overlay-$tool-$tool_version"
modules="$cache/node_modules"
cli="$modules/openapi-format/bin/cli.js"
.ci/npm-tool.sh "$cache" node_modules/openapi-format/bin/cli.js "${packages[@]}"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

.ci/build-cli.sh "$work/bin"

# Both commands run in an empty folder, so that no .statuslint.yaml or .openapiformatrc found
# upward from the current folder changes one of them.
mkdir "$work/run"
statuslint() { (cd "$work/run" && dotnet "$work/bin/statuslint.dll" "$@"); }
apply_overlay() { (cd "$work/run" && node "$cli" "$@"); }
# The overlay's comments that name additions to FILE (another file than the root document).
not_included() { grep '^# not included: ' "$1" | grep -F " is written in $(basename "$2"), "; }

# Build output is no sample: samples/aspnetcore's bin/ and obj/ hold JSON files once the solution is built.
mapfile -t candidates < <(find samples -type f \( -name '*.yaml' -o -name '*.yml' -o -name '*.json' \) \
  ! -name '.*' ! -path 'samples/fix/expected/*' ! -path '*/bin/*' ! -path '*/obj/*' | LC_ALL=C sort)

# Which samples does fix change? A dry run exits 1 for those, 0 for the others and 2 for files
# that are not documents on their own. One process per file, in parallel.
printf '%s\n' "${candidates[@]}" | xargs -P "$(nproc)" -I{} sh -c \
  'cd "$1" && { dotnet "$2" fix "$3/$4" >/dev/null 2>&1; echo "$? $4"; }' \
  _ "$work/run" "$work/bin/statuslint.dll" "$repo" {} | LC_ALL=C sort -k2 >"$work/dry-run.txt"

echo "== applying each overlay with $tool $tool_version and comparing with fix --write"
checked=0 passed=0 failed=0 unchanged=0 unreadable=0
while read -r code sample; do
  case $code in
    0) unchanged=$((unchanged + 1)); continue ;;
    2) unreadable=$((unreadable + 1)); continue ;;
    1) ;;
    *) echo "FAIL $sample: statuslint fix exited $code"; checked=$((checked + 1)); failed=$((failed + 1)); continue ;;
  esac

  checked=$((checked + 1))
  dir="$work/$checked"
  name="$(basename "$sample")"
  folder="$(dirname "$sample")"
  mkdir -p "$dir/written"
  # With its folder, so that files it refers to are fixed along with it.
  cp -R "$folder/." "$dir/written/"

  if ! statuslint fix "$dir/written/$name" --write >"$dir/write.log" 2>&1; then
    echo "FAIL $sample: fix --write failed:"; sed 's/^/     /' "$dir/write.log"; failed=$((failed + 1)); continue
  fi
  if ! statuslint fix "$repo/$sample" --overlay "$dir/overlay.yaml" >"$dir/overlay.log" 2>&1; then
    echo "FAIL $sample: fix --overlay failed:"; sed 's/^/     /' "$dir/overlay.log"; failed=$((failed + 1)); continue
  fi
  actions=$(grep -c '^  - target: ' "$dir/overlay.yaml" || true)
  # -v prints how many actions matched nothing, and which.
  if ! apply_overlay "$repo/$sample" --overlayFile "$dir/overlay.yaml" --no-sort --no-bundle -o "$dir/applied.json" -v \
      >"$dir/tool.log" 2>&1 || [[ ! -s "$dir/applied.json" ]]; then
    echo "FAIL $sample: $tool did not apply the overlay:"; sed 's/^/     /' "$dir/tool.log"; failed=$((failed + 1)); continue
  fi
  unused=$(sed -n 's/^- Unused actions: *//p' "$dir/tool.log" | tr -d '[:space:]')
  if [[ "$unused" != "0" ]]; then
    echo "FAIL $sample: ${unused:-an unknown number of} of $actions actions matched nothing in the document:"
    { grep '^Error' "$dir/tool.log" || true; sed -n '/^Unused overlay actions:/,$p' "$dir/tool.log" | grep -E '^(- Target|  Type):'; } | sed 's/^/     /'
    failed=$((failed + 1))
    continue
  fi

  if ! result=$(node .ci/overlay-compare.mjs "$modules" "$dir/written/$name" "$dir/applied.json"); then
    echo "FAIL $sample ($actions actions): $result"
    failed=$((failed + 1))
    continue
  fi

  # Other files that --write changed: an overlay of the root document cannot reach them.
  others=()
  while IFS= read -r file; do
    others+=("$file")
  done < <(cd "$folder" && find . -type f ! -path "./$name" -print | sed 's|^\./||' | LC_ALL=C sort | while IFS= read -r file; do
    cmp -s "$file" "$dir/written/$file" || printf '%s\n' "$file"
  done)
  if [[ ${#others[@]} -eq 0 ]]; then
    echo "PASS $sample ($actions actions)"
    passed=$((passed + 1))
    continue
  fi
  missing=()
  for file in "${others[@]}"; do
    not_included "$dir/overlay.yaml" "$file" >/dev/null || missing+=("$file")
  done
  if [[ ${#missing[@]} -gt 0 ]]; then
    echo "FAIL $sample ($actions actions): fix --write also changes ${missing[*]}, and the overlay does not say that it leaves that out"
    failed=$((failed + 1))
    continue
  fi
  echo "PASS $sample ($actions actions; the root document compared)"
  passed=$((passed + 1))
  for file in "${others[@]}"; do
    echo "     expected difference: fix --write also changes $folder/$file, which an overlay of the root document cannot reach; the overlay lists those additions as comments:"
    not_included "$dir/overlay.yaml" "$file" | sed 's/^/       /'
  done
done <"$work/dry-run.txt"

echo "== $checked samples changed by fix: $passed passed, $failed failed ($unchanged samples need no fix; $unreadable are not documents on their own or cannot be read)"
[[ $failed -eq 0 ]]
