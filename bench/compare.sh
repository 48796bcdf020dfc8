#!/usr/bin/env bash
# Speed and memory of two builds of the installed `statuslint lint` tool, run interleaved on the
# same inputs. See bench/README.md ("Comparing two builds").
set -euo pipefail
shopt -s inherit_errexit

usage() {
  cat <<'EOF'
Usage: bench/compare.sh OLD_REV NEW_REV [--runs N] [--extra "ARGS"] [--portable] [--no-directory] [--inputs FILE...]

  OLD_REV, NEW_REV  git revisions of the repository (commit, branch, tag, HEAD~1, ...), or the
                    word `worktree`: the repository's working tree as it is now (rebuilt on every
                    call; commits are built once and kept in the cache)
  --runs N          timed runs per build and input (default 7), interleaved: old, new, old, new...
  --extra "ARGS"    extra arguments passed to `statuslint lint` (word-split)
  --portable        compare the portable packages (-p:PortableTool=true) instead of ReadyToRun
  --no-directory    leave out the 200 APIs.guru specs
  --inputs FILE...  bench these files instead of the defaults (every following argument up to the
                    next option starting with "--"); @LIST lints every path listed in LIST in one call
  -h, --help        show this help

Each run: `statuslint lint INPUT --format json > /dev/null` under `/usr/bin/time -f '%e %M'`,
after one untimed warm-up run of each build per input. Exit 0 and 1 (findings) are success.
Repository: $STATUSLINT_REPO, else the git repository of the current folder, else this script's.
Cache: ${STATUSLINT_BENCH_CACHE:-$HOME/.cache/statuslint-bench} (the inputs of bench/run.sh, builds in builds/).
Results: a table on stdout, bench/results/compare.csv (medians) and compare-runs.csv (every run).
EOF
}

OLD_REV="" NEW_REV=""
RUNS=7
EXTRA=""
PORTABLE=0
WITH_DIRECTORY=1
USER_INPUTS=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --runs) [[ $# -ge 2 ]] || { echo "error: --runs needs a value" >&2; exit 2; }; RUNS="$2"; shift 2 ;;
    --runs=*) RUNS="${1#--runs=}"; shift ;;
    --extra) [[ $# -ge 2 ]] || { echo "error: --extra needs a value" >&2; exit 2; }; EXTRA="$2"; shift 2 ;;
    --extra=*) EXTRA="${1#--extra=}"; shift ;;
    --portable) PORTABLE=1; shift ;;
    --no-directory) WITH_DIRECTORY=0; shift ;;
    --inputs)
      shift
      while [[ $# -gt 0 && "$1" != --* ]]; do
        if [[ "$1" == @* ]]; then USER_INPUTS+=("@$(realpath -m -- "${1#@}")"); else USER_INPUTS+=("$(realpath -m -- "$1")"); fi
        shift
      done
      [[ ${#USER_INPUTS[@]} -gt 0 ]] || { echo "error: --inputs needs at least one file" >&2; exit 2; } ;;
    -h|--help) usage; exit 0 ;;
    --*) echo "error: unknown argument: $1" >&2; usage >&2; exit 2 ;;
    *)
      if [[ -z "$OLD_REV" ]]; then OLD_REV="$1"
      elif [[ -z "$NEW_REV" ]]; then NEW_REV="$1"
      else echo "error: unexpected argument: $1" >&2; usage >&2; exit 2; fi
      shift ;;
  esac
done
[[ -n "$OLD_REV" && -n "$NEW_REV" ]] || { echo "error: OLD_REV and NEW_REV are required" >&2; usage >&2; exit 2; }
if ! [[ "$RUNS" =~ ^[1-9][0-9]*$ ]]; then
  echo "error: --runs must be a positive integer (got '$RUNS')" >&2; exit 2
fi
EXTRA_ARGS=()
if [[ -n "$EXTRA" ]]; then read -r -a EXTRA_ARGS <<<"$EXTRA"; fi

for tool in node npm dotnet git python3; do
  command -v "$tool" >/dev/null || { echo "error: '$tool' not found on PATH" >&2; exit 2; }
done
[[ -x /usr/bin/time ]] || { echo "error: /usr/bin/time (GNU time) is required" >&2; exit 2; }

SCRIPT_DIR="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=bench/lib.sh
source "$SCRIPT_DIR/lib.sh"
REPO="$(find_repo "$(cd -- "$SCRIPT_DIR/.." && pwd)")"
bench_cache_init
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

OLD_SHA="$(resolve_rev "$REPO" "$OLD_REV")"
NEW_SHA="$(resolve_rev "$REPO" "$NEW_REV")"
log "repository $REPO: old = $OLD_REV ($(rev_label "$OLD_SHA")), new = $NEW_REV ($(rev_label "$NEW_SHA"))"

# 1. Inputs (the cache of bench/run.sh, so nothing is downloaded twice).
if [[ ${#USER_INPUTS[@]} -gt 0 ]]; then
  INPUTS=("${USER_INPUTS[@]}")
else
  ensure_github_inputs
  INPUTS=("$REPO/samples/petstore-3.0.yaml" "$SPEC_JSON" "$SPEC_YAML")
  if [[ $WITH_DIRECTORY -eq 1 ]]; then
    ensure_directory
    write_specs_list
    INPUTS+=("@$SPECS_LIST")
  fi
fi
for f in "${INPUTS[@]}"; do
  [[ -f "${f#@}" ]] || { echo "error: input not found: ${f#@}" >&2; exit 2; }
done

# 2. The two builds, each packed and installed as a user does, in its own cache folder.
OLD_TOOL="$(ensure_rev_tool "$REPO" "$OLD_SHA" "$PORTABLE")"
if [[ "$NEW_SHA" == "$OLD_SHA" && "$NEW_SHA" != worktree ]]; then
  NEW_TOOL="$OLD_TOOL"
  log "old and new are the same commit: comparing the build with itself"
else
  NEW_TOOL="$(ensure_rev_tool "$REPO" "$NEW_SHA" "$PORTABLE")"
fi
OLD_MODE="$(cat "$(dirname "$(dirname "$OLD_TOOL")")/tool.mode")"
NEW_MODE="$(cat "$(dirname "$(dirname "$NEW_TOOL")")/tool.mode")"
BUILDS=(old new)
declare -A TOOL=([old]="$OLD_TOOL" [new]="$NEW_TOOL") SHA=([old]="$OLD_SHA" [new]="$NEW_SHA")
declare -A LABEL=([old]="$OLD_REV ($(rev_label "$OLD_SHA"), $OLD_MODE)" [new]="$NEW_REV ($(rev_label "$NEW_SHA"), $NEW_MODE)")

# 3. Timed runs, interleaved. The runs start in the cache folder, so no .statuslint.yaml of the
#    caller's folder applies (inputs are absolute paths).
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
cd "$CACHE"
RESULTS_DIR="$SCRIPT_DIR/results"
mkdir -p "$RESULTS_DIR"
CSV="$RESULTS_DIR/compare.csv"
RUNS_CSV="$RESULTS_DIR/compare-runs.csv"
echo "input,size_bytes,runs,old_rev,new_rev,old_median_s,old_min_s,old_max_s,new_median_s,new_min_s,new_max_s,ratio_s,old_rss_mb,new_rss_mb,ratio_rss,old_exit,new_exit,old_package,new_package,args" >"$CSV.tmp"
echo "input,build,rev,run,wall_s,rss_kb,exit" >"$RUNS_CSV.tmp"
ARGS=(--format json "${EXTRA_ARGS[@]}")
ARGS_DESC="${ARGS[*]}"

# one_run BUILD -> sets rc, wall, rss_kb; returns 1 when the exit code is not 0/1
one_run() {
  rc=0
  /usr/bin/time -f '%e %M' -o "$TMP/time.out" \
    "${TOOL[$1]}" lint "${FILES[@]}" "${ARGS[@]}" >/dev/null 2>"$TMP/run.err" || rc=$?
  # GNU time prepends "Command exited with non-zero status N" for rc != 0; the figures are the last line.
  read -r wall rss_kb < <(tail -n 1 "$TMP/time.out")
  run_ok "$rc" "$TMP/run.err"
}

ratio() { awk -v n="$1" -v o="$2" 'BEGIN { if (o > 0) printf "%.2f", n / o; else print "-" }'; }
ROW_FMT='%-30s %8s  %-20s %-20s %7s  %9s %9s %7s\n'
TABLE="$(printf "$ROW_FMT" input size "old_s med (min-max)" "new_s med (min-max)" new/old old_rss_MB new_rss_MB new/old)"$'\n'
failed=0

for f in "${INPUTS[@]}"; do
  input_files "$f"
  name="$(basename -- "$f")"
  [[ "$f" == @* ]] && name="${name#@}: ${#FILES[@]} files"
  bytes="$(cat -- "${FILES[@]}" | wc -c)"
  declare -A EXIT=([old]=- [new]=-)
  for b in "${BUILDS[@]}"; do : >"$TMP/$b.times"; : >"$TMP/$b.rss"; done
  bad=""
  # Warm-up: one untimed run of each build (page cache, and a check that the input works).
  for b in "${BUILDS[@]}"; do
    if ! one_run "$b"; then bad="$b"; break; fi
  done
  if [[ -z "$bad" ]]; then
    for ((i = 1; i <= RUNS; i++)); do
      for b in "${BUILDS[@]}"; do
        if ! one_run "$b"; then bad="$b"; break 2; fi
        EXIT[$b]=$rc
        echo "$wall" >>"$TMP/$b.times"
        echo "$rss_kb" >>"$TMP/$b.rss"
        printf '%s,%s,%s,%s,%s,%s,%s\n' "$(csv_quote "$name")" "$b" "$(rev_label "${SHA[$b]}")" "$i" "$wall" "$rss_kb" "$rc" >>"$RUNS_CSV.tmp"
        log "$name run $i/$RUNS $b: ${wall}s, $((rss_kb / 1024)) MB, exit $rc"
      done
    done
  fi
  if [[ -n "$bad" ]]; then
    log "$name: the $bad build (${LABEL[$bad]}) exited $rc; stderr:"
    head -n 20 "$TMP/run.err" >&2
    failed=1
    TABLE+="$(printf "$ROW_FMT" "$name" "$(human_size "$bytes")" "$bad build failed: exit $rc" "" "" "" "" "")"$'\n'
    continue
  fi
  declare -A MED MIN MAX RSS
  for b in "${BUILDS[@]}"; do
    MED[$b]="$(median <"$TMP/$b.times")"
    MIN[$b]="$(sort -g "$TMP/$b.times" | head -n1)"
    MAX[$b]="$(sort -g "$TMP/$b.times" | tail -n1)"
    RSS[$b]="$(awk '{ print $1 / 1024 }' "$TMP/$b.rss" | median | awk '{ printf "%.1f", $1 }')"
  done
  r_s="$(ratio "${MED[new]}" "${MED[old]}")"
  r_rss="$(ratio "${RSS[new]}" "${RSS[old]}")"
  TABLE+="$(printf "$ROW_FMT" "$name" "$(human_size "$bytes")" \
    "${MED[old]} (${MIN[old]}-${MAX[old]})" "${MED[new]} (${MIN[new]}-${MAX[new]})" "$r_s" \
    "${RSS[old]}" "${RSS[new]}" "$r_rss")"$'\n'
  printf '%s\n' "$(csv_quote "$name"),$bytes,$RUNS,$(rev_label "$OLD_SHA"),$(rev_label "$NEW_SHA"),${MED[old]},${MIN[old]},${MAX[old]},${MED[new]},${MIN[new]},${MAX[new]},$r_s,${RSS[old]},${RSS[new]},$r_rss,${EXIT[old]},${EXIT[new]},$OLD_MODE,$NEW_MODE,$(csv_quote "$ARGS_DESC")" >>"$CSV.tmp"
done

mv "$CSV.tmp" "$CSV"
mv "$RUNS_CSV.tmp" "$RUNS_CSV"
echo
echo "statuslint lint INPUT $ARGS_DESC: $RUNS runs per build, interleaved; wall seconds and peak RSS medians"
echo "  old: ${LABEL[old]}"
echo "  new: ${LABEL[new]}"
printf '%s' "$TABLE"
echo
echo "CSV: $CSV (every run: $RUNS_CSV)"
if [[ $failed -ne 0 ]]; then
  echo "error: some inputs failed (exit code other than 0/1); see the messages above" >&2
  exit 1
fi
