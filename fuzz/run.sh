#!/usr/bin/env bash
# A bounded afl-fuzz run of statuslint (fuzz/README.md): installs afl++ and the sharpfuzz tool if they
# are missing, publishes fuzz/OpenApiStatusLint.Fuzz, instruments the statuslint assemblies, seeds afl
# from samples/ and the regression inputs, fuzzes on one core for --minutes N, and prints the crash
# and hang counts and the execs. Exit 0 only when afl saw no crash and no hang.
set -euo pipefail
cd "$(dirname "$0")/.."

minutes=10
work=fuzz/.work
while [ $# -gt 0 ]; do
  case "$1" in
    --minutes) minutes="$2"; shift 2 ;;
    --work) work="$2"; shift 2 ;;
    -h|--help) echo "usage: fuzz/run.sh [--minutes N] [--work DIR]   (default: 10 minutes in fuzz/.work)"; exit 0 ;;
    *) echo "fuzz/run.sh: unknown argument '$1'; see --help" >&2; exit 2 ;;
  esac
done
case "$minutes" in ''|*[!0-9]*|0) echo "fuzz/run.sh: --minutes takes a whole number of minutes, 1 or more" >&2; exit 2 ;; esac
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

if ! command -v afl-fuzz >/dev/null; then
  echo "== installing afl++ (Debian)"
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq afl++ >/dev/null
fi

mkdir -p "$work"
work=$(cd "$work" && pwd)
tools="$work/tools"
if [ ! -x "$tools/sharpfuzz" ]; then
  echo "== installing the sharpfuzz instrumentation tool"
  dotnet tool install SharpFuzz.CommandLine --version 2.3.0 --tool-path "$tools" >/dev/null
fi

echo "== publishing the fuzz target"
rm -rf "$work/bin"
dotnet publish fuzz/OpenApiStatusLint.Fuzz -c Release -o "$work/bin" -nologo -v quiet

echo "== instrumenting"
# Our code and the YAML parser it drives: coverage there is what steers afl. Microsoft.OpenApi (the
# openapi pack) runs, but is not instrumented: its paths would drown ours.
for dll in OpenApiStatusLint.dll OpenApiStatusLint.OpenApi.dll YamlDotNet.dll; do
  "$tools/sharpfuzz" "$work/bin/$dll"
done

echo "== seeds: samples/ and the regression inputs"
rm -rf "$work/seeds" "$work/findings"
mkdir -p "$work/seeds"
find samples tests/OpenApiStatusLint.Tests/Fuzz/Regressions -type f \( -name '*.yaml' -o -name '*.yml' -o -name '*.json' \) -size -64k -print0 |
  while IFS= read -r -d '' file; do cp "$file" "$work/seeds/$(echo "$file" | tr '/' '_')"; done
echo "$(ls "$work/seeds" | wc -l) seeds"

echo "== afl-fuzz for $minutes minutes (one core)"
# 5 s per input: a spec this small takes milliseconds, so only a real hang (or a machine shared with
# builds) gets near it. The GC's hard limit turns a memory explosion into an OutOfMemoryException: a crash.
export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_NO_AFFINITY=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1
export DOTNET_GCHeapHardLimit=0x40000000
start=$(date +%s)
afl-fuzz -i "$work/seeds" -o "$work/findings" -x fuzz/openapi.dict -t 5000 -m none -V $((minutes * 60)) \
  -- dotnet "$work/bin/OpenApiStatusLint.Fuzz.dll" > "$work/afl.log" 2>&1 || {
  echo "fuzz/run.sh: afl-fuzz failed; the end of $work/afl.log:" >&2
  tail -30 "$work/afl.log" >&2
  exit 2
}

stats="$work/findings/default/fuzzer_stats"
stat() { awk -F' *: *' -v key="$1" '$1 == key { print $2 }' "$stats"; }
crashes=$(stat saved_crashes)
hangs=$(stat saved_hangs)
echo "== result"
echo "ran:       $(( $(date +%s) - start )) s (afl-fuzz -V $((minutes * 60)))"
echo "execs:     $(stat execs_done) ($(stat execs_per_sec) per second)"
echo "corpus:    $(stat corpus_count) inputs, $(stat bitmap_cvg) of the map covered"
echo "crashes:   $crashes  ($work/findings/default/crashes)"
echo "hangs:     $hangs  ($work/findings/default/hangs)"
if [ "$crashes" != 0 ] || [ "$hangs" != 0 ]; then
  echo "replay: dotnet run --project fuzz/OpenApiStatusLint.Fuzz -- FILE...  (then keep each in tests/OpenApiStatusLint.Tests/Fuzz/Regressions)"
  exit 1
fi
