// Checks one report of a benchmarked tool and counts its findings (bench/run.sh).
// Usage: node report.mjs TOOL REPORT NFILES   (TOOL: statuslint | redocly | spectral)
// Prints "COUNT<TAB>rule=n,rule=n,..." and exits 0, or prints why the report is not a
// complete report of NFILES inputs and exits 1. A crash or a usage error of a rival exits 1
// like "findings" does, so the report itself is what tells them apart.
import { readFileSync } from 'node:fs';

const [tool, file, nfilesArg] = process.argv.slice(2);
const nfiles = Number(nfilesArg);
const fail = (msg) => { console.log(msg); process.exit(1); };
const text = readFileSync(file, 'utf8');
if (text.trim() === '') fail('empty report');
const byRule = new Map();
const add = (rule, n = 1) => byRule.set(rule, (byRule.get(rule) ?? 0) + n);
const parse = (s, what) => { try { return JSON.parse(s); } catch (e) { fail(`${what} is not JSON: ${e.message}`); } };

if (tool === 'statuslint') {
  // { version, files: [{ file, operations, inputFailed }], findings: [{ ruleId, ... }] }
  const r = parse(text, 'report');
  if (!Array.isArray(r.files) || !Array.isArray(r.findings)) fail('no files[] / findings[]');
  if (r.files.length !== nfiles) fail(`${r.files.length} files in the report, expected ${nfiles}`);
  const failed = r.files.filter((f) => f.inputFailed).length;
  if (failed) add('(inputs that failed to load)', failed);
  for (const f of r.findings) add(f.ruleId);
} else if (tool === 'redocly') {
  // `redocly lint --format json` writes one pretty-printed object per API, back to back
  // ("}{" on a line of its own between them): { totals: { errors, warnings, ignored }, problems }.
  const parts = text.trim().split('\n}{\n');
  const objs = parts.map((p, i) => parse((i > 0 ? '{\n' : '') + p + (i < parts.length - 1 ? '\n}' : ''), `object ${i + 1}`));
  if (objs.length !== nfiles) fail(`${objs.length} reports, expected one per file (${nfiles})`);
  for (const o of objs) {
    if (!o.totals || !Array.isArray(o.problems)) fail('an object without totals / problems');
    if (o.problems.length !== o.totals.errors + o.totals.warnings) fail('problems[] shorter than totals (--max-problems)');
    for (const p of o.problems) add(p.ruleId);
  }
} else if (tool === 'spectral') {
  // `spectral lint --format json --quiet`: one array of results [{ code, source, ... }] for all files.
  const r = parse(text, 'report');
  if (!Array.isArray(r)) fail('not an array');
  for (const p of r) add(p.code);
} else {
  fail(`unknown tool ${tool}`);
}
let total = 0;
for (const n of byRule.values()) total += n;
const rules = [...byRule].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k}=${v}`).join(',');
console.log(`${total}\t${rules}`);
