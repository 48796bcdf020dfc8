// Validates rule packs against schemas/rulepack.schema.json with Ajv (JSON Schema 2020-12).
// Usage: node .ci/rulepack-schema-check.mjs NODE_MODULES SCHEMA valid|invalid PACK.yaml...
// "valid": every pack must pass; "invalid": every pack must fail (the schema rejects mistakes).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const [modules, schemaFile, expect, ...packs] = process.argv.slice(2);
const require = createRequire(join(modules, 'noop.js'));
const Ajv2020 = require('ajv/dist/2020').default;
const YAML = require('yaml');

const validate = new Ajv2020({ strict: false, allErrors: true }).compile(JSON.parse(readFileSync(schemaFile, 'utf8')));
let wrong = 0;
for (const pack of packs) {
  // merge: the level3 pack shares method rows with YAML anchors and aliases.
  const ok = validate(YAML.parse(readFileSync(pack, 'utf8'), { merge: true }));
  if (ok !== (expect === 'valid')) {
    wrong++;
    console.log(`${pack}: expected ${expect}, got ${ok ? 'valid' : JSON.stringify(validate.errors.slice(0, 3))}`);
  } else {
    console.log(`${pack}: ${expect}, as expected`);
  }
}
process.exit(wrong === 0 ? 0 : 1);
