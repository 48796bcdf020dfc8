#!/usr/bin/env bash
# The libraries declare IsAotCompatible: a user's app that uses them (tests/AotSmoke) must NativeAOT-compile
# with no trim or AOT warning at all, and the native executable must lint as the library does under the JIT.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
rid="$(dotnet --info | awk '/^ *RID:/ {print $2; exit}')"
project="$repo/tests/AotSmoke/AotSmoke.csproj"

# -warnaserror turns ILC's warnings (IL2xxx trim, IL3xxx AOT, also ones from Microsoft.OpenApi or YamlDotNet)
# into errors; the grep catches any warning that is only printed.
set +e
dotnet publish "$project" -c Release -r "$rid" -p:PublishAot=true -warnaserror -o "$work/publish" --nologo > "$work/publish.log" 2>&1
code=$?
set -e
if [ "$code" -ne 0 ] || grep -Eiq "warning|error" "$work/publish.log"; then
  cat "$work/publish.log"
  echo "FAILED: the NativeAOT publish of the library test app must succeed with no warning (exit code $code)"
  exit 1
fi
# The app is not in the solution, so the format check of .ci/run does not cover it. After the publish, which restored it.
dotnet format "$project" --verify-no-changes --no-restore
[ -x "$work/publish/AotSmoke" ] && [ ! -e "$work/publish/OpenApiStatusLint.dll" ] \
  || { ls -la "$work/publish"; echo "FAILED: expected a native AotSmoke executable and no IL assemblies"; exit 1; }

"$work/publish/AotSmoke" > "$work/aot.txt"
dotnet run --project "$project" -c Release --no-launch-profile > "$work/jit.txt"
cat "$work/aot.txt"
diff -u "$work/jit.txt" "$work/aot.txt" || { echo "FAILED: the NativeAOT app's findings differ from the JIT run's"; exit 1; }
for rule in invalid-openapi path-parameter-operation-declares-404 operation-declares-500; do
  grep -q "  $rule$" "$work/aot.txt" || { echo "FAILED: expected a $rule finding"; exit 1; }
done
echo "library under NativeAOT: no warnings, same findings as the JIT"
