#!/usr/bin/env node
// How long `statuslint lsp` takes from a didChange to its publishDiagnostics, on a real file.
//   node bench/lsp-latency.mjs [--command "statuslint"] [--runs 15] [--full] FILE
// Opens FILE, then sends RUNS changes one at a time and waits for each one's diagnostics. A change is
// what an editor sends when a line is typed half-way down the file: an empty line inserted there, then
// removed by the next change (valid JSON and YAML alike; every finding below it moves a line). As the
// server asks (incremental sync), only that range goes over the wire; --full sends the whole text
// instead. Prints the median and the range of: the server's own time (its --log-timing line: lint +
// publish, measured from when the change arrived) and the client's round trip (change written →
// diagnostics read), and the machine's load average.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? args.splice(at, 2)[1] : fallback;
};
const command = option('--command', 'statuslint');
const runs = Number(option('--runs', '15'));
const fullIndex = args.indexOf('--full');
const full = fullIndex >= 0 && args.splice(fullIndex, 1).length > 0;
const file = resolve(args[0] ?? 'samples/petstore-3.0.yaml');
const uri = pathToFileURL(file).href;
const text = readFileSync(file, 'utf8');

const server = spawn(command, ['lsp', '--log-timing'], { stdio: ['pipe', 'pipe', 'pipe'] });
const serverTimes = [];
const lintTimes = [];
const publishTimes = [];
const cpuTimes = [];
const waitTimes = [];
const fullCollections = [];
let logged = '';
server.stderr.on('data', chunk => {
  // Whole lines only: a chunk may end half-way through one.
  logged += chunk.toString();
  const complete = logged.slice(0, logged.lastIndexOf('\n') + 1);
  logged = logged.slice(complete.length);
  for (const match of complete.matchAll(/linted in ([\d.]+) ms and published \d+ diagnostics in ([\d.]+) ms, ([\d.]+) ms after the change arrived(?: \(the lint started after ([\d.]+) ms\))?(?:; process CPU ([\d.]+) ms, (\d+) full)?/g)) {
    lintTimes.push(Number(match[1]));
    publishTimes.push(Number(match[2]));
    serverTimes.push(Number(match[3]));
    if (match[4] !== undefined) waitTimes.push(Number(match[4]));
    if (match[5] !== undefined) cpuTimes.push(Number(match[5]));
    if (match[6] !== undefined) fullCollections.push(Number(match[6]));
  }
});

// Chunks are kept until a whole message is there, so that reading a 2 MB publishDiagnostics costs the
// client one copy, not one per 64 KB chunk (the server's write waits for the client to read).
let chunks = [];
let buffered = 0;
let needed = 0;
const waiting = [];
server.stdout.on('data', chunk => {
  chunks.push(chunk);
  buffered += chunk.length;
  while (buffered >= needed) {
    const buffer = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
    chunks = [buffer];
    const end = buffer.indexOf('\r\n\r\n');
    if (end < 0) return;
    const length = Number(/Content-Length: (\d+)/.exec(buffer.subarray(0, end).toString())[1]);
    if (buffer.length < end + 4 + length) {
      needed = end + 4 + length;
      return;
    }
    const message = JSON.parse(buffer.subarray(end + 4, end + 4 + length).toString());
    const rest = buffer.subarray(end + 4 + length);
    chunks = [rest];
    buffered = rest.length;
    needed = 0;
    const index = waiting.findIndex(w => w.match(message));
    if (index >= 0) waiting.splice(index, 1)[0].resolve(message);
  }
});
const send = message => {
  const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }));
  server.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
  server.stdin.write(body);
};
const next = match => new Promise(resolve => waiting.push({ match, resolve }));
const diagnosticsOf = version => next(m => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri && m.params.version === version);

const initialized = next(m => m.id === 1);
send({ id: 1, method: 'initialize', params: { processId: process.pid, rootUri: pathToFileURL(process.cwd()).href, capabilities: {} } });
const sync = (await initialized).result.capabilities.textDocumentSync;
const incremental = !full && (sync === 2 || sync?.change === 2);
send({ method: 'initialized', params: {} });
let opened = diagnosticsOf(1);
send({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'yaml', version: 1, text } } });
const first = await opened;

const lines = text.split('\n');
const middle = Math.floor(lines.length / 2);
const withLine = [...lines.slice(0, middle), '', ...lines.slice(middle)].join('\n');
const at = (line, character) => ({ line, character });
const changeFor = version => {
  const inserting = version % 2 === 0;
  if (!incremental) return { text: inserting ? withLine : text };
  return inserting
    ? { range: { start: at(middle, 0), end: at(middle, 0) }, text: '\n' }
    : { range: { start: at(middle, 0), end: at(middle + 1, 0) }, text: '' };
};

const roundTrips = [];
for (let version = 2; version < runs + 2; version++) {
  const published = diagnosticsOf(version);
  const started = process.hrtime.bigint();
  send({ method: 'textDocument/didChange', params: { textDocument: { uri, version }, contentChanges: [changeFor(version)] } });
  await published;
  roundTrips.push(Number(process.hrtime.bigint() - started) / 1e6);
}

const done = next(m => m.id === 2);
send({ id: 2, method: 'shutdown' });
await done;
send({ method: 'exit' });

const median = values => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const describe = values => `median ${median(values).toFixed(1)} ms (min ${Math.min(...values).toFixed(1)}, max ${Math.max(...values).toFixed(1)})`;
const changes = serverTimes.slice(-runs);
console.log(`${file}: ${first.params.diagnostics.length} diagnostics, ${runs} ${incremental ? 'incremental' : 'full-text'} edits, load average ${loadavg().map(l => l.toFixed(2)).join(' ')}`);
console.log(`  server, change arrived → diagnostics published: ${describe(changes)}`);
console.log(`    of which lint: ${describe(lintTimes.slice(-runs))}; convert and write the diagnostics: ${describe(publishTimes.slice(-runs))}`);
if (waitTimes.length >= runs) console.log(`    before the lint started (the change applied, waiting for a core): ${describe(waitTimes.slice(-runs))}`);
if (cpuTimes.length >= runs) {
  const collections = fullCollections.slice(-runs);
  console.log(`    the process's CPU time over lint and publish: ${describe(cpuTimes.slice(-runs))}; full garbage collections per edit: ${(collections.reduce((a, b) => a + b, 0) / runs).toFixed(1)}`);
}
console.log(`  client round trip, change sent → diagnostics read: ${describe(roundTrips)}`);
