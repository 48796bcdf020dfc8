#!/usr/bin/env bash
# Runs statuslint on one spec for bench/corpus.sh and writes one tab-separated result line.
# Usage: run-one.sh INDEX FILE
# Environment (set by corpus.sh): STATUSLINT (the published binary), CORPUS_WORK (scratch
# folder), CORPUS_TIMEOUT (seconds per command), CORPUS_SARIF_EVERY (write SARIF when
# INDEX % N == 0), CORPUS_RELINT (1: lint the fixed copy too, and count the error-level findings
# that `fix --write` brought), CORPUS_DIR (this folder). Findings per rule go to
# $CORPUS_WORK/rules/INDEX.json.
set -uo pipefail
index=$1
file=$2
work="$CORPUS_WORK"
out="$work/results/$index.tsv"
tmp="$(mktemp -d "$work/tmp/$index.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT

crashes=()
timeouts=()
# A crash is an exit code outside 0/1/2 or a .NET stack trace on stderr; 124/137 are timeouts.
check() { # step rc stderr-file
  local step=$1 rc=$2 err=$3
  if [[ $rc -eq 124 || $rc -eq 137 ]]; then
    timeouts+=("$step")
  elif [[ $rc -gt 2 ]] || grep -Eq 'Unhandled exception|^ +at [A-Za-z_.`<>]+\(' "$err"; then
    crashes+=("$step")
    { echo "== $step (exit $rc): $file"; head -n 40 "$err"; } >>"$work/crashes/$index.txt"
  fi
}
# run STEP CMD...: sets rc and ms
run() {
  local step=$1
  shift
  local start end
  start=$(date +%s%N)
  timeout -k 5 "$CORPUS_TIMEOUT" "$@" >"$tmp/$step.out" 2>"$tmp/$step.err"
  rc=$?
  end=$(date +%s%N)
  ms=$(((end - start) / 1000000))
  check "$step" "$rc" "$tmp/$step.err"
}

formats=(--format "json=$tmp/lint.json")
if ((index % CORPUS_SARIF_EVERY == 0)); then
  formats+=(--format "sarif=$work/sarif/$index.sarif")
fi

run lint "$STATUSLINT" lint "$file" --pack http --pack required --pack level3 "${formats[@]}"
lint_rc=$rc lint_ms=$ms
counts=$(python3 "$CORPUS_DIR/rule_counts.py" summary "$tmp/lint.json" "$work/rules/$index.json")

run fix "$STATUSLINT" fix "$file" --pack required
fix_rc=$rc fix_ms=$ms

# The fix invariants, on a copy: --write, the result loads (re-lint exit != 2), fixing again
# changes nothing (exit 0), and the original's bytes are all still there in order.
write_rc="" relint_rc="" refix_rc="" inserts="" new_errors=""
if [[ $fix_rc -eq 1 ]]; then
  copy="$tmp/copy/$(basename "$file")"
  mkdir -p "$tmp/copy"
  cp "$file" "$copy"
  run write "$STATUSLINT" fix "$copy" --pack required --write
  write_rc=$rc
  # `fix` loads the file like `lint` does (exit 2 when it cannot), so the second fix checks
  # both that the result re-parses and that it is idempotent; --relint adds a separate lint.
  if [[ $CORPUS_RELINT -eq 1 ]]; then
    run relint "$STATUSLINT" lint "$copy" --pack http --pack required --pack level3 --format "json=$tmp/relint.json"
    relint_rc=$rc
    new_errors=$(python3 "$CORPUS_DIR/rule_counts.py" new-errors "$tmp/lint.json" "$tmp/relint.json")
  fi
  run refix "$STATUSLINT" fix "$copy" --pack required
  refix_rc=$rc
  if python3 "$CORPUS_DIR/only_insertions.py" "$file" "$copy" >"$tmp/inserts.txt" 2>&1; then
    inserts=ok
  else
    inserts=FAIL
    { echo "== only-insertions: $file"; cat "$tmp/inserts.txt"; } >>"$work/crashes/$index.invariants.txt"
  fi
  if [[ $relint_rc == 2 || $refix_rc -ne 0 ]]; then
    { echo "== re-lint exit $relint_rc, re-fix exit $refix_rc: $file"; head -n 20 "$tmp/relint.err" "$tmp/refix.err" "$tmp/refix.out"; } >>"$work/crashes/$index.invariants.txt"
  fi
fi
if [[ $lint_rc -eq 2 ]]; then
  { echo "== unreadable: $file"; head -n 5 "$tmp/lint.err"; } >"$work/unreadable/$index.txt"
fi

size=$(stat -c %s "$file")
IFS=,
printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' \
  "$index" "$file" "$size" "$lint_rc" "$lint_ms" "$counts" "$fix_rc" "$fix_ms" \
  "$write_rc" "$relint_rc" "$refix_rc" "$inserts" "${crashes[*]:-}" "${timeouts[*]:-}" "$new_errors" >"$out"
