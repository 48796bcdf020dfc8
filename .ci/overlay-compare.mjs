// Compares two OpenAPI documents (JSON or YAML) as plain data: key order, quoting, comments and
// layout are ignored, everything else must be equal. Used by .ci/overlay-check.sh to compare the
// document that `statuslint fix --write` gives with the one an Overlay tool gives.
// Usage: node overlay-compare.mjs NODE_MODULES EXPECTED ACTUAL
// Prints "same" or the first differing place as a JSONPath with both values; exits 0 or 1
// (2 when a file cannot be parsed).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const [modules, expectedFile, actualFile] = process.argv.slice(2);
// The `yaml` package is installed beside the Overlay tool, in the tools cache, not in this repository.
const YAML = createRequire(join(modules, 'noop.js'))('yaml');

function load(file) {
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  // YAML 1.2 core schema: what OpenAPI asks for, and a superset of JSON.
  const document = YAML.parseDocument(text, { schema: 'core', uniqueKeys: true, maxAliasCount: -1 });
  if (document.errors.length > 0) {
    console.log(`cannot parse ${file}: ${document.errors[0].message}`);
    process.exit(2);
  }
  return document.toJS();
}

function member(path, key) {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

function kind(value) {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
}

function show(value) {
  if (value === undefined) return '(absent)';
  const text = JSON.stringify(value);
  return text.length > 160 ? text.slice(0, 157) + '...' : text;
}

// The first difference in document order of `expected`, or null.
function difference(expected, actual, path) {
  if (kind(expected) !== kind(actual)) return { path, expected, actual };
  if (Array.isArray(expected)) {
    for (let i = 0; i < Math.max(expected.length, actual.length); i++) {
      const found = difference(expected[i], actual[i], `${path}[${i}]`);
      if (found) return found;
    }
    return null;
  }
  if (kind(expected) === 'object') {
    for (const key of Object.keys(expected)) {
      if (!Object.hasOwn(actual, key)) return { path: member(path, key), expected: expected[key], actual: undefined };
      const found = difference(expected[key], actual[key], member(path, key));
      if (found) return found;
    }
    for (const key of Object.keys(actual)) {
      if (!Object.hasOwn(expected, key)) return { path: member(path, key), expected: undefined, actual: actual[key] };
    }
    return null;
  }
  return Object.is(expected, actual) ? null : { path, expected, actual };
}

const found = difference(load(expectedFile), load(actualFile), '$');
if (!found) {
  console.log('same');
  process.exit(0);
}
console.log(`first difference at ${found.path}: fix --write has ${show(found.expected)}, the overlay gives ${show(found.actual)}`);
process.exit(1);
