#!/usr/bin/env bash
# What a pre-commit user pays: the first `pre-commit run --all-files` with an empty pre-commit cache
# (pre-commit clones this repository, `dotnet pack`s the tool and installs it: once per machine and
# hook version) and the second run (the installed hook only). Each mode is measured RUNS times, the
# modes taking turns: `aot` is the default package (NativeAOT), `r2r` sets StatuslintNativeAot=false
# (the ReadyToRun fallback the README offers), as a user would, in the environment.
# Prints one line per run and the medians: wall seconds, and user+sys CPU seconds of pre-commit and
# every process it started. The C# compiler runs in the build's own processes (UseSharedCompilation=false)
# and MSBuild leaves no worker nodes behind, so a run's CPU time is all of its work and no run
# inherits a warm compiler server from the one before (a fresh machine has none either).
# The NuGet cache is the machine's: packages already downloaded are not downloaded again.
# Usage: bench/pre-commit-install.sh [RUNS] [MODES]   (defaults: 3 "aot r2r")
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-3}"
read -r -a modes <<< "${2:-aot r2r}"
command -v pre-commit >/dev/null || { echo "pre-commit-install: needs pre-commit (apt-get install pre-commit)" >&2; exit 1; }

work="$(mktemp -d /tmp/statuslint-pre-commit-bench.XXXXXX)"
trap 'rm -rf "$work"' EXIT

# pre-commit clones the hook repository at a commit: uncommitted changes are measured from a snapshot commit.
source_repo="$repo"
if [ -n "$(git -C "$repo" status --porcelain)" ]; then
  source_repo="$work/snapshot"
  mkdir "$source_repo"
  git -C "$repo" ls-files -co --exclude-standard -z | (cd "$repo" && xargs -0 tar -cf -) | tar -xf - -C "$source_repo"
  git -C "$source_repo" init -q && git -C "$source_repo" add -A && git -C "$source_repo" -c user.name=bench -c user.email=bench@example.invalid commit -qm snapshot
fi
rev="$(git -C "$source_repo" rev-parse HEAD)"

export UseSharedCompilation=false MSBUILDDISABLENODEREUSE=1 DOTNET_CLI_USE_MSBUILD_SERVER=0
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# One user repository, with one good spec: every run passes.
user_repo="$work/user"
mkdir -p "$user_repo/specs"
cp "$repo/samples/petstore-3.0.yaml" "$user_repo/specs/petstore.yaml"
cat > "$user_repo/.pre-commit-config.yaml" <<YAML
repos:
  - repo: $source_repo
    rev: $rev
    hooks:
      - id: statuslint
YAML
git -C "$user_repo" init -q
git -C "$user_repo" add -A

# Runs a command and writes "wall cpu" to time.txt: wall seconds until the command ends, and the user+sys
# CPU seconds of it and every process it started. MSBuild's worker nodes can outlive the dotnet command
# that started them (GNU time then never counts them): this process adopts such orphans (a Linux child
# subreaper) and waits for them too, so their CPU time counts.
cat > "$work/timed.py" <<'PY'
import ctypes, os, resource, subprocess, sys, time
ctypes.CDLL(None).prctl(36, 1, 0, 0, 0)  # PR_SET_CHILD_SUBREAPER
started = time.monotonic()
with open(sys.argv[2], "w") as log:
    code = subprocess.call(sys.argv[3:], stdout=log, stderr=subprocess.STDOUT)
wall = time.monotonic() - started
while True:
    try:
        os.wait()
    except ChildProcessError:
        break
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
with open(sys.argv[1], "w") as out:
    out.write(f"{wall:.1f} {usage.ru_utime + usage.ru_stime:.1f}\n")
sys.exit(code)
PY

timed() { # label, then the command; appends "label wall cpu" to results.txt
  local label="$1"; shift
  if ! python3 "$work/timed.py" "$work/time.txt" "$work/run.log" "$@"; then
    cat "$work/run.log"
    echo "pre-commit-install: $label failed" >&2
    exit 1
  fi
  read -r wall cpu < "$work/time.txt"
  echo "$label $wall $cpu" | tee -a "$work/results.txt"
}

echo "mode run wall_s cpu_s   (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
for run in $(seq 1 "$runs"); do
  for mode in "${modes[@]}"; do
    home="$work/home-$mode-$run"
    mkdir "$home"
    native=true
    [ "$mode" = r2r ] && native=false
    # Which package the install made: NativeAOT is one native executable, ReadyToRun a .dll beside it.
    (cd "$user_repo" && timed "$mode-first $run" env PRE_COMMIT_HOME="$home" StatuslintNativeAot=$native pre-commit run --all-files)
    (cd "$user_repo" && timed "$mode-second $run" env PRE_COMMIT_HOME="$home" pre-commit run --all-files)
    if find "$home" -path '*/.store/*' -name OpenApiStatusLint.dll | grep -q .; then kind=ReadyToRun; else kind=NativeAOT; fi
    echo "  ($mode run $run installed the $kind tool)"
    rm -rf "$home"
  done
done

echo "medians (wall s, cpu s) of $runs runs, load average now $(cut -d' ' -f1-3 /proc/loadavg):"
for mode in "${modes[@]}"; do
  for which in first second; do
    grep "^$mode-$which " "$work/results.txt" > "$work/one.txt"
    median_line=$(( (runs + 1) / 2 ))
    wall="$(cut -d' ' -f3 "$work/one.txt" | sort -n | sed -n "${median_line}p")"
    cpu="$(cut -d' ' -f4 "$work/one.txt" | sort -n | sed -n "${median_line}p")"
    echo "  $mode $which run: $wall s wall, $cpu s cpu"
  done
done
