// Opens statuslint's HTML reports in Debian's Chromium, driven by playwright-core, and checks what
// a reader sees. Called by .ci/html-report.sh (samples) and bench/html-report.sh (GitHub's spec).
//
// Usage: node .ci/html-report-check.mjs samples WORK     (WORK holds the reports html-report.sh wrote)
//        node .ci/html-report-check.mjs large REPORT.html REPORT.json SCREENSHOT.png
// Environment: PLAYWRIGHT_CORE = the playwright-core package folder, CHROMIUM = the browser executable.
import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const { chromium } = (await import(pathToFileURL(join(process.env.PLAYWRIGHT_CORE, 'index.js')).href)).default;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM, args: ['--no-sandbox'] });
let failures = 0;

async function check(name, body) {
  try {
    await body();
    console.log(`PASS ${name}`);
  } catch (error) {
    failures += 1;
    console.log(`FAIL ${name}\n${error.stack || error}`);
  }
}

/** Opens a report; what the console said and which requests the page made are kept on the result. */
async function open(file, viewport = { width: 1500, height: 1000 }) {
  const page = await browser.newPage({ viewport });
  const url = pathToFileURL(file).href;
  const problems = [];
  const requests = [];
  const dialogs = [];
  page.on('console', message => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', error => problems.push(`page error: ${error.message}`));
  page.on('request', request => {
    if (request.url() !== url) requests.push(request.url());
  });
  page.on('dialog', dialog => {
    dialogs.push(dialog.message());
    dialog.dismiss();
  });
  // The main thread's CPU time (ThreadTime) beside the wall time: on a busy machine the wall time
  // mostly measures the wait for a core.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const started = Date.now();
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30000 });
  // Two frames: the table is laid out and painted, not only built.
  await page.evaluate(() => new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const wall = Date.now() - started;
  const script = Number(await page.getAttribute('body', 'data-render-ms'));
  const metrics = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map(metric => [metric.name, metric.value]));
  return { page, problems, requests, dialogs, wall, script, metrics };
}

const visibleRows = page => page.locator('#matrix tbody tr[data-operation]:visible');
const cell = (page, operation, code) => page.locator(`#matrix tr[data-operation="${operation}"] td[data-code="${code}"]`);
const jsonOperations = json => json.files.reduce((sum, file) => sum + file.operations, 0);

async function resetFilters(page) {
  await page.fill('#filter-text', '');
  for (const id of ['#filter-tag', '#filter-method', '#filter-severity', '#filter-rule']) await page.selectOption(id, '');
}

function cleanLoad(report) {
  assert.deepEqual(report.problems, [], 'the console stays clean');
  assert.deepEqual(report.requests, [], 'the page makes no request');
}

async function samples(work) {
  const missing = await open(join(work, 'missing-codes.html'));
  const page = missing.page;
  const json = JSON.parse(readFileSync(join(work, 'missing-codes.json'), 'utf8'));
  const sarif = JSON.parse(readFileSync(join(work, 'missing-codes.sarif'), 'utf8'));

  await check('the report of samples/bad/missing-codes.yaml loads with no console error and no network request', async () => cleanLoad(missing));

  await check('one row per operation, grouped by path, with method badges and the operationId on hover', async () => {
    assert.equal(await visibleRows(page).count(), jsonOperations(json));
    assert.equal(await visibleRows(page).count(), 6);
    assert.deepEqual(await page.locator('#matrix tr.group th').allTextContents(), ['/pets', '/pets/{petId}', '/pets/{petId}/vaccinations']);
    const header = page.locator('#matrix tr[data-operation="PATCH /pets/{petId}"] th');
    assert.equal(await header.locator('.method').textContent(), 'PATCH');
    assert.equal(await header.getAttribute('title'), 'operationId: updatePet');
    assert.equal(await page.locator('#matrix thead th[scope="col"]').first().textContent(), 'Operation');
  });

  await check('the cells show what the sample declares and what its rules find missing or flagged', async () => {
    const expected = [
      ['GET /pets', '200', 'declared'], ['GET /pets', '400', 'missing'], ['GET /pets', '401', 'missing'],
      ['GET /pets', '403', 'missing'], ['GET /pets', '500', 'missing'], ['GET /pets', '204', 'none'],
      ['POST /pets', '201', 'missing'], ['POST /pets', '400', 'flagged'], ['POST /pets', '401', 'flagged'], ['POST /pets', '403', 'declared'],
      ['GET /pets/{petId}', '404', 'missing'], ['DELETE /pets/{petId}', '204', 'flagged'], ['DELETE /pets/{petId}', '404', 'flagged'],
      ['DELETE /pets/{petId}', '412', 'missing'], ['PATCH /pets/{petId}', '412', 'none'],
      ['POST /pets/{petId}/vaccinations', '201', 'flagged'],
    ];
    for (const [operation, code, state] of expected) {
      assert.equal(await cell(page, operation, code).getAttribute('data-state'), state, `${operation} ${code}`);
    }
    // Every "does not declare N" finding of the JSON report is a red cell, and no red cell lacks one.
    const missingFindings = new Set(json.findings
      .map(finding => [finding.operation, /does not declare (\d{3}|[1-5]XX)\b/.exec(finding.message)])
      .filter(([operation, match]) => operation && match).map(([operation, match]) => `${operation} ${match[1]}`));
    const red = await page.$$eval('#matrix td[data-state="missing"]', cells => cells.map(td => `${td.closest('tr').dataset.operation} ${td.dataset.code}`));
    assert.deepEqual(new Set(red), missingFindings);
    assert.match(await cell(page, 'GET /pets', '401').locator('button').getAttribute('aria-label'), /required and missing: secured-operation-declares-401 \(error\)/);
    assert.equal(await page.locator('#matrix tr[data-operation="PATCH /pets/{petId}"] td[data-code="other"]').textContent(), '⚠ 1');
  });

  await check('the coverage line counts the operations that declare a code against those that need it', async () => {
    assert.equal(await page.locator('#matrix tr.coverage td[data-code="500"]').textContent(), '0/6');
    assert.equal(await page.locator('#matrix tr.coverage td[data-code="200"]').textContent(), '4/4');
    assert.equal(await page.locator('#matrix tr.coverage td[data-code="403"]').textContent(), '2/6');
  });

  await check('the summary has title, version, files, operations, findings per severity, a per-rule chart and the packs', async () => {
    assert.equal(await page.locator('h1').textContent(), 'Swagger Petstore (missing status codes) 1.0.0');
    assert.equal(await page.locator('#count-operations').textContent(), '6');
    assert.equal(await page.locator('#count-errors').textContent(), String(json.summary.errors));
    assert.equal(await page.locator('#count-warnings').textContent(), String(json.summary.warnings));
    assert.equal(await page.locator('#count-notes').textContent(), String(json.summary.notes));
    assert.equal(await page.locator('#packs').textContent(), 'http, required');
    const perRule = {};
    json.findings.forEach(finding => { perRule[finding.ruleId] = (perRule[finding.ruleId] || 0) + 1; });
    assert.equal(await page.locator('#rule-chart rect').count(), Object.keys(perRule).length);
    assert.match(await page.locator('#rule-chart').getAttribute('aria-label'), new RegExp(`operation-declares-500: ${perRule['operation-declares-500']}`));
  });

  await check('each filter hides the operations it should', async () => {
    await resetFilters(page);
    await page.fill('#filter-text', 'vaccinations');
    assert.deepEqual(await visibleRows(page).evaluateAll(rows => rows.map(row => row.dataset.operation)), ['POST /pets/{petId}/vaccinations']);
    assert.equal(await page.locator('#matrix tbody:visible').count(), 1);
    assert.equal(await page.locator('#shown').textContent(), 'Showing 1 of 6 operations');
    await page.fill('#filter-text', 'updatepet');
    assert.deepEqual(await visibleRows(page).evaluateAll(rows => rows.map(row => row.dataset.operation)), ['PATCH /pets/{petId}']);
    await page.fill('#filter-text', '');
    await page.selectOption('#filter-method', 'DELETE');
    assert.deepEqual(await visibleRows(page).evaluateAll(rows => rows.map(row => row.dataset.operation)), ['DELETE /pets/{petId}']);
    await page.selectOption('#filter-method', '');
    await page.selectOption('#filter-rule', 'write-requires-if-match');
    assert.deepEqual(await visibleRows(page).evaluateAll(rows => rows.map(row => row.dataset.operation)), ['DELETE /pets/{petId}', 'PATCH /pets/{petId}']);
    assert.equal(await page.locator('#finding-list li:visible').count(), json.findings.filter(finding => finding.ruleId === 'write-requires-if-match').length);
    await page.selectOption('#filter-rule', '');
    await page.selectOption('#filter-severity', 'note');
    const withNotes = new Set(json.findings.filter(finding => finding.severity === 'note').map(finding => finding.operation));
    assert.deepEqual(new Set(await visibleRows(page).evaluateAll(rows => rows.map(row => row.dataset.operation))), withNotes);
    await page.selectOption('#filter-severity', '');
    assert.equal(await visibleRows(page).count(), 6);
  });

  await check('clicking a missing cell shows the message, rule link, place, pointer and the exact text statuslint fix inserts', async () => {
    await resetFilters(page);
    await cell(page, 'GET /pets', '401').locator('button').click();
    const details = page.locator('#details');
    assert.equal(await details.locator('h2').textContent(), 'GET /pets — 401');
    assert.match(await details.textContent(), /GET \/pets is secured but does not declare 401 \(Unauthorized\)/);
    const link = details.locator('a', { hasText: 'secured-operation-declares-401' });
    assert.match(await link.getAttribute('href'), /\/rules\/docs\/secured-operation-declares-401\.md$/);
    assert.equal(await details.locator('code.location').textContent(), 'samples/bad/missing-codes.yaml:21:7');
    assert.equal(await details.locator('code.pointer').textContent(), '#/paths/~1pets/get/responses');
    const result = sarif.runs[0].results.find(r => r.ruleId === 'secured-operation-declares-401' && r.locations[0].logicalLocations[0].name === 'GET /pets');
    const inserted = result.fixes[0].artifactChanges.flatMap(change => change.replacements.map(replacement => replacement.insertedContent.text));
    assert.ok(inserted.length > 0, 'SARIF has the fix text to compare with');
    assert.deepEqual(await details.locator('pre.fix').allTextContents(), inserted);
  });

  await check('clicking a declared $ref cell and a finding of the list shows their details; the keyboard reaches cells and filters', async () => {
    await cell(page, 'POST /pets', '400').locator('button').click();
    assert.match(await page.locator('#details').textContent(), /Declared but flagged/);
    assert.match(await page.locator('#details').textContent(), /error-body-uses-standard-schema/);
    await page.locator('#finding-list li button').first().click();
    assert.match(await page.locator('#details').textContent(), new RegExp(json.findings[0].ruleId));
    await page.focus('#filter-text');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'filter-tag');
    await cell(page, 'GET /pets/{petId}', '404').locator('button').focus();
    await page.keyboard.press('Enter');
    assert.equal(await page.locator('#details h2').textContent(), 'GET /pets/{petId} — 404');
    assert.equal(await page.locator('#legend').getAttribute('aria-label'), 'What the cells mean');
  });

  await check('a screenshot is written', async () => {
    await cell(page, 'GET /pets', '401').locator('button').click();
    const file = join(work, 'missing-codes.png');
    await page.screenshot({ path: file });
    assert.ok(statSync(file).size > 10000);
  });

  const hostile = await open(join(work, 'hostile.html'));
  await check('text from the spec cannot inject markup or script: path keys, titles, tags and ids show as text', async () => {
    cleanLoad(hostile);
    assert.deepEqual(hostile.dialogs, []);
    assert.equal(await hostile.page.evaluate(() => window.pwned), undefined);
    assert.equal(await hostile.page.locator('img, iframe, svg:not(#rule-chart)').count(), 0);
    assert.equal(await hostile.page.locator('script:not([type])').count(), 1);
    const groups = await hostile.page.locator('#matrix tr.group th').allTextContents();
    assert.ok(groups.includes('/x</script><script>window.pwned=1</script>'), groups.join(' | '));
    assert.match(await hostile.page.locator('h1').textContent(), /<img src=x onerror=window.pwned=2>/);
    const title = await hostile.page.locator('#matrix tbody tr[data-operation] th').first().getAttribute('title');
    assert.equal(title, 'operationId: "><svg onload=window.pwned=3>');
    await hostile.page.locator('#matrix tbody tr[data-operation] td button').first().click();
    assert.equal(await hostile.page.evaluate(() => window.pwned), undefined);
    await hostile.page.selectOption('#filter-tag', '<b>tag</b>');
    assert.equal(await visibleRows(hostile.page).count(), 1);
  });

  const several = await open(join(work, 'several.html'));
  await check('a report of several files has every file, its rows grouped by file and path, and tags to filter by', async () => {
    cleanLoad(several);
    const json2 = JSON.parse(readFileSync(join(work, 'several.json'), 'utf8'));
    assert.equal(await visibleRows(several.page).count(), jsonOperations(json2));
    assert.equal(await several.page.locator('#summary ul.files li').count(), json2.files.length);
    const tags = await several.page.locator('#filter-tag option').allTextContents();
    assert.ok(tags.length > 1, 'the petstore samples have tags');
    await several.page.selectOption('#filter-tag', tags[1]);
    assert.ok(await visibleRows(several.page).count() < jsonOperations(json2));
    assert.match(await several.page.locator('#matrix tr.group th').first().textContent(), /^samples\/.+ \//);
    await resetFilters(several.page);
    const shared = several.page.locator('#matrix tr[data-file="samples/petstore-3.0.yaml"] td[data-state="declared"] button:has(.shared)').first();
    assert.match(await shared.getAttribute('aria-label'), /declared as a \$ref to #\/components\/responses\//);
    await shared.click();
    assert.match(await several.page.locator('#details').textContent(), /Shared response#\/components\/responses\/\w+/);
  });
}

async function large(reportFile, jsonFile, screenshot) {
  const json = JSON.parse(readFileSync(jsonFile, 'utf8'));
  const report = await open(reportFile, { width: 1500, height: 1000 });
  console.log(`report: ${(statSync(reportFile).size / 1024 / 1024).toFixed(1)} MB, ${jsonOperations(json)} operations, ${json.findings.length} findings`);
  const ms = name => Math.round((report.metrics[name] || 0) * 1000);
  console.log(`render: ${report.wall} ms wall from navigation to the second painted frame (the report's script: ${report.script} ms)`);
  console.log(`main thread: ${ms('ThreadTime')} ms CPU; tasks ${ms('TaskDuration')} ms = script ${ms('ScriptDuration')} + layout ${ms('LayoutDuration')} + style ${ms('RecalcStyleDuration')} ms (wall, while running)`);
  console.log(`machine: load average ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')} on ${(await import('node:os')).cpus().length} cores`);
  await check('the large report loads with no console error and no network request', async () => cleanLoad(report));
  await check('one row per operation', async () => assert.equal(await visibleRows(report.page).count(), jsonOperations(json)));
  await check('a filter and a click work', async () => {
    const started = Date.now();
    await report.page.fill('#filter-text', '/repos/{owner}/{repo}/pulls');
    const shown = await visibleRows(report.page).count();
    console.log(`filter: ${Date.now() - started} ms, ${shown} operations shown`);
    assert.ok(shown > 0 && shown < jsonOperations(json));
    await report.page.locator('#matrix tbody tr[data-operation]:visible td button').first().click();
    assert.ok((await report.page.locator('#details h2').textContent()).includes('/repos/{owner}/{repo}/pulls'));
  });
  await report.page.screenshot({ path: screenshot });
  console.log(`screenshot: ${screenshot}`);
}

if (process.argv[2] === 'samples') {
  await samples(process.argv[3]);
} else {
  await large(process.argv[3], process.argv[4], process.argv[5]);
}

await browser.close();
console.log(failures === 0 ? '== all browser checks passed' : `== ${failures} browser checks failed`);
process.exit(failures === 0 ? 0 : 1);
