#!/usr/bin/env bash
# Packs the tool as a user would, installs it from the local package into a temporary tool path,
# and runs it on samples: the README's install instructions, checked. The plain package is the
# NativeAOT executable for this machine; everything it prints must match the IL build's output
# byte for byte. Then the ReadyToRun fallback, and the per-platform set a feed gets (README, "Install").
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
rid="$(dotnet --info | awk '/^ *RID:/ {print $2; exit}')"

# Median wall time of 5 runs, for the log only: speed is measured, never asserted (bench/ does it properly).
median_time() {
  for _ in 1 2 3 4 5; do /usr/bin/time -f %e "$@" 2>&1 >/dev/null | tail -1; done | sort -n | sed -n 3p
}

echo "-- plain pack: the NativeAOT tool for $rid"
start=$(date +%s)
dotnet pack "$repo" -c Release -o "$work/artifacts" --nologo -v quiet
echo "packed in $(( $(date +%s) - start )) s"
packages=("$work"/artifacts/*.nupkg)
if [ "${#packages[@]}" -ne 1 ]; then
  echo "FAILED: a plain dotnet pack must produce only the tool package (pre-commit installs every package), got: ${packages[*]}"
  exit 1
fi
unzip -l "${packages[0]}" > "$work/contents.txt"
if ! grep -q " tools/any/$rid/statuslint\(\.exe\)\?$" "$work/contents.txt" || grep -q '\.dll$' "$work/contents.txt"; then
  cat "$work/contents.txt"
  echo "FAILED: the plain package should hold the NativeAOT executable for this machine ($rid) and no .dll"
  exit 1
fi
echo "package: $(du -k "${packages[0]}" | cut -f1) KB"
# The version comes from git (Directory.Build.props: MAJOR.MINOR.COMMITS); the package's name says which.
version="$(basename "${packages[0]}" .nupkg)"; version="${version#OpenApiStatusLint.}"
echo "version: $version"
dotnet tool install --tool-path "$work/tools" --add-source "$work/artifacts" OpenApiStatusLint
aot="$work/tools/statuslint"
"$aot" --version
cd "$repo"
"$aot" lint samples/petstore-3.0.yaml
set +e
"$aot" lint samples/bad/invalid-status-code.yaml > "$work/out.txt"
code=$?
set -e
[ "$code" -eq 1 ] || { cat "$work/out.txt"; echo "FAILED: expected exit code 1 on a bad sample, got $code"; exit 1; }

echo "-- the NativeAOT tool prints what the IL build prints"
"$repo/.ci/build-cli.sh" "$work/il" > /dev/null
mkdir -p "$work/cases"
# Microsoft.OpenApi's reader is in the executable too: a response without a description is its finding.
cat > "$work/cases/no-description.yaml" <<'YAML'
openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /pets:
    get:
      responses:
        '200':
          content: {}
        '500': {description: failed}
YAML
# Each case runs in a fresh copy of the samples, once per build; what it prints, its exit code and the
# files it writes (fix --write, baselines) are compared.
# Whether a package's listing has a line matching the pattern. The listing goes to a file first:
# under pipefail, `unzip -l | grep -q` fails at random when grep exits before unzip stops writing.
package_lists() {
  unzip -l "$1" > "$work/listing.txt"
  grep -q "$2" "$work/listing.txt" || { cat "$work/listing.txt"; return 1; }
}

same() {
  local name="$1"; shift
  local build tool
  for build in aot il; do
    rm -rf "$work/run" && mkdir "$work/run" && cp -rp samples "$work/cases" "$work/run/"
    if [ -f "$work/baseline.json" ]; then cp -p "$work/baseline.json" "$work/run/"; fi
    touch "$work/run/.start"
    tool=("$aot")
    [ "$build" = il ] && tool=(dotnet "$work/il/statuslint.dll")
    (
      cd "$work/run"
      set +e
      NO_COLOR=1 "${tool[@]}" "$@" < "${same_stdin:-/dev/null}" 2>&1
      echo "exit $?"
      find . -type f -newer .start | sort | while read -r file; do echo "== wrote $file"; cat "$file"; done
    ) > "$work/$name.$build"
  done
  diff -u "$work/$name.il" "$work/$name.aot" || { echo "FAILED: NativeAOT and IL differ on: statuslint $*"; exit 1; }
  echo "ok: statuslint $* ($(grep '^exit ' "$work/$name.aot"))"
}
for format in stylish json sarif github junit html; do
  same "lint-$format" lint samples/bad/missing-codes.yaml samples/petstore-2.0.yaml samples/petstore-3.1.json samples/multi-file/openapi.yaml --format "$format"
done
same lint-level3 lint samples/level3/mistakes.yaml --pack level3 --format json
same lint-openapi lint cases/no-description.yaml samples/petstore-3.2.yaml --pack openapi --pack recommended
grep -q "invalid-openapi" "$work/lint-openapi.aot" || { echo "FAILED: --pack openapi found nothing"; exit 1; }
same lint-invalid lint samples/invalid --format json
same fix-diff fix samples/fix/petstore-2.0.yaml samples/fix/petstore-3.1.json
same fix-write fix --write samples/bad/missing-codes.yaml samples/fix/flow-style.yaml
same rules rules --all --format json
same write-baseline lint samples/bad/missing-codes.yaml --write-baseline baseline.json
cp "$work/run/baseline.json" "$work/baseline.json"
same baseline lint samples/bad/missing-codes.yaml --baseline baseline.json
grep -q "in baseline" "$work/baseline.aot" || { echo "FAILED: the baseline accepted nothing"; exit 1; }
# The language server's JSON is source-generated (reflection would fail only at run time under NativeAOT): a
# whole session (initialize, didOpen, codeAction, hover, shutdown, exit) must give the IL build's messages.
# The messages are written all at once, so the document is linted when the code action asks for it.
node -e '
const fs = require("fs");
const uri = "file://" + process.argv[1] + "/samples/bad/missing-codes.yaml";
const text = fs.readFileSync("samples/bad/missing-codes.yaml", "utf8");
const at = { line: 20, character: 6 };
const messages = [
  { id: 1, method: "initialize", params: { capabilities: {} } },
  { method: "initialized", params: {} },
  { method: "textDocument/didOpen", params: { textDocument: { uri, languageId: "yaml", version: 1, text } } },
  { id: 2, method: "textDocument/codeAction", params: { textDocument: { uri }, range: { start: at, end: at }, context: { diagnostics: [] } } },
  { id: 3, method: "textDocument/hover", params: { textDocument: { uri }, position: { line: 24, character: 9 } } },
  { id: 4, method: "shutdown" },
  { method: "exit" },
];
for (const message of messages) {
  const body = Buffer.from(JSON.stringify({ jsonrpc: "2.0", ...message }));
  process.stdout.write("Content-Length: " + body.length + "\r\n\r\n");
  process.stdout.write(body);
}' "$work/run" > "$work/lsp-session.txt"
same_stdin="$work/lsp-session.txt" same lsp lsp
for expected in '"method":"textDocument/publishDiagnostics"' '"code":"secured-operation-declares-401"' '"kind":"quickfix"' '"kind":"source.fixAll.statuslint"' '200 OK' '"id":4,"result":null'; do
  grep -qF "$expected" "$work/lsp.aot" || { cat "$work/lsp.aot"; echo "FAILED: the NativeAOT language server's session lacks $expected"; exit 1; }
done
# The last message has no line break after it, so the exit code follows it on the same line.
last_line="$(tail -n 1 "$work/lsp.aot")"
[[ "$last_line" == *"exit 0" ]] || { echo "FAILED: statuslint lsp should exit 0 after shutdown and exit"; exit 1; }
echo "NativeAOT tool: installed, ran, same output as the IL build"

echo "-- the ReadyToRun fallback (StatuslintNativeAot=false stands for a machine without a native linker)"
dotnet pack "$repo" -c Release -o "$work/r2r" --nologo -v minimal -p:StatuslintNativeAot=false > "$work/r2r.log" || { cat "$work/r2r.log"; exit 1; }
[ "$(grep -c "statuslint: packing the ReadyToRun tool" "$work/r2r.log")" -eq 1 ] \
  || { cat "$work/r2r.log"; echo "FAILED: the ReadyToRun fallback must say so once"; exit 1; }
package_lists "$work/r2r/OpenApiStatusLint.$version.nupkg" "tools/net10.0/$rid/OpenApiStatusLint.dll" \
  || { echo "FAILED: the fallback package should be the ReadyToRun build for $rid"; exit 1; }
dotnet tool install --tool-path "$work/r2r-tools" --add-source "$work/r2r" OpenApiStatusLint
r2r="$work/r2r-tools/statuslint"
"$r2r" lint samples/petstore-3.0.yaml
echo "petstore lint, median of 5: NativeAOT $(median_time "$aot" lint samples/petstore-3.0.yaml) s, ReadyToRun $(median_time "$r2r" lint samples/petstore-3.0.yaml) s"

# The feed set's own-RID package is a second NativeAOT compile (about 90 s); CI checks the set's
# shape with ReadyToRun packages, STATUSLINT_FULL_PACK_CHECK=1 checks the NativeAOT one too.
feed_aot=false
[ "${STATUSLINT_FULL_PACK_CHECK:-0}" = 1 ] && feed_aot=true
echo "-- the feed set: a pointer package, this machine's RID ($([ "$feed_aot" = true ] && echo NativeAOT || echo ReadyToRun)), another RID ReadyToRun, any portable"
other=linux-arm64
[ "$rid" = linux-arm64 ] && other=linux-x64
dotnet pack "$repo" -c Release -o "$work/feed" --nologo -v quiet "-p:ToolPlatforms=\"$rid;$other;any\"" -p:StatuslintNativeAot=$feed_aot
ls "$work/feed"
for id in OpenApiStatusLint OpenApiStatusLint.any "OpenApiStatusLint.$rid" "OpenApiStatusLint.$other"; do
  [ -f "$work/feed/$id.$version.nupkg" ] || { echo "FAILED: $id missing from the feed set"; exit 1; }
done
if [ "$feed_aot" = true ]; then
  package_lists "$work/feed/OpenApiStatusLint.$rid.$version.nupkg" " tools/any/$rid/statuslint\(\.exe\)\?$" \
    || { echo "FAILED: the $rid package of the feed set should be NativeAOT"; exit 1; }
fi
package_lists "$work/feed/OpenApiStatusLint.$other.$version.nupkg" "tools/net10.0/$other/OpenApiStatusLint.dll" \
  || { echo "FAILED: the $other package of the feed set should be ReadyToRun"; exit 1; }
dotnet tool install --tool-path "$work/feed-tools" --add-source "$work/feed" OpenApiStatusLint
[ -d "$work/feed-tools/.store/openapistatuslint/"*"/openapistatuslint.$rid" ] \
  || { find "$work/feed-tools/.store" -maxdepth 3; echo "FAILED: install did not pick the $rid package"; exit 1; }
"$work/feed-tools/statuslint" lint samples/petstore-3.0.yaml
echo "feed set: installed the $rid package and ran"

echo "-- a newer build installs over an older one (the version counts commits), and --version says which"
# The older build is this commit's: the ReadyToRun package above. The newer one is packed from a clone
# with one more commit (portable, the quickest pack: only the version matters here).
git clone --quiet "$repo" "$work/clone"
git -C "$work/clone" -c user.name=ci -c user.email=ci@example.invalid commit --quiet --allow-empty -m "one commit later"
dotnet pack "$work/clone/src/OpenApiStatusLint.Cli" -c Release -p:PortableTool=true -o "$work/newer" --artifacts-path "$work/newer-artifacts" --nologo -v quiet
older="$version"
newer="$(basename "$work"/newer/*.nupkg .nupkg)"; newer="${newer#OpenApiStatusLint.}"
[ "$older" != "$newer" ] || { echo "FAILED: two commits built the same version $older"; exit 1; }
dotnet tool install --tool-path "$work/update-tools" --add-source "$work/r2r" OpenApiStatusLint
case "$("$work/update-tools/statuslint" --version)" in "$older+"*) ;; *) echo "FAILED: --version should say $older+SHA"; exit 1;; esac
dotnet tool update --tool-path "$work/update-tools" --add-source "$work/newer" OpenApiStatusLint
case "$("$work/update-tools/statuslint" --version)" in "$newer+"*) ;; *) echo "FAILED: dotnet tool update kept $older instead of installing $newer"; exit 1;; esac
echo "update: $older -> $newer"
