// statuslint HTML report: draws the summary, the operations x status codes matrix, the filters
// and the findings from the JSON data blocks above. Text from the spec is untrusted: it goes into
// the page only as text nodes and attribute values (append, textContent, setAttribute), never as
// markup, and links are built only from rule ids under the tool's documentation address.
(() => {
  'use strict';
  const started = performance.now();
  const files = Array.from(document.querySelectorAll('script.statuslint-file'), block => JSON.parse(block.textContent));
  const run = JSON.parse(document.getElementById('statuslint-run').textContent);
  const rank = { note: 0, warning: 1, error: 2 };
  const methodOrder = ['GET', 'PUT', 'POST', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH', 'TRACE', 'QUERY'];
  const linted = files.filter(file => !file.baseline);
  const several = linted.length > 1;

  function h(tag, attributes, ...children) {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (value !== undefined && value !== null && value !== false) {
        element.setAttribute(name, value === true ? '' : String(value));
      }
    }
    for (const child of children) {
      if (child !== undefined && child !== null && child !== false) {
        element.append(child);
      }
    }
    return element;
  }

  function svg(tag, attributes, ...children) {
    const element = document.createElementNS('http://www.w3.org/2000/svg', tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      element.setAttribute(name, String(value));
    }
    element.append(...children);
    return element;
  }

  // Response keys compare case-insensitively (4xx is 4XX); YAML 200 and '200' are already one string.
  const keyOf = code => (code.toLowerCase() === 'default' ? 'default' : code.toUpperCase());

  function columnOrder(a, b) {
    const weight = code => {
      if (/^[1-5]\d\d$/.test(code)) return [Number(code[0]), 0, Number(code)];
      if (/^[1-5]XX$/.test(code)) return [Number(code[0]), 1, 0];
      if (code === 'default') return [9, 0, 0];
      return [8, 0, 0];
    };
    const [x, y] = [weight(a), weight(b)];
    return x[0] - y[0] || x[1] - y[1] || x[2] - y[2] || (a < b ? -1 : a > b ? 1 : 0);
  }

  const place = item => `${item.file}:${item.line}:${item.column}`;
  // Only rules with a page get a link; a user's own pack has none at the tool's address.
  const docLink = rule => (run.rules.some(known => known.id === rule && known.documented) ? run.docs + encodeURIComponent(rule) + '.md' : null);

  // ---- the model of the page: rows (operations) with their cells, and every finding ----
  const findings = [];
  const rows = [];
  const codes = new Set();
  for (const file of files) {
    const byName = new Map();
    for (const operation of file.operations || []) {
      const row = { file, operation, cells: new Map(), other: [], findings: [] };
      for (const response of operation.responses) {
        const key = keyOf(response.code);
        codes.add(key);
        if (!row.cells.has(key)) row.cells.set(key, { declared: response, findings: [] });
      }
      byName.set(operation.name, row);
      rows.push(row);
    }
    for (const finding of file.findings) {
      finding.index = findings.length;
      findings.push(finding);
      const row = finding.operation !== undefined ? byName.get(finding.operation) : undefined;
      finding.row = row;
      if (!row) continue;
      row.findings.push(finding);
      if (finding.code === undefined) {
        row.other.push(finding);
        continue;
      }
      const key = keyOf(finding.code);
      codes.add(key);
      if (!row.cells.has(key)) row.cells.set(key, { declared: null, findings: [] });
      row.cells.get(key).findings.push(finding);
    }
  }
  const columns = Array.from(codes).sort(columnOrder);

  function stateOf(cell) {
    if (!cell) return 'none';
    if (cell.declared) return cell.findings.length > 0 ? 'flagged' : 'declared';
    return 'missing';
  }

  const worst = list => list.reduce((most, finding) => (rank[finding.severity] > rank[most] ? finding.severity : most), 'note');

  // ---- summary ----
  function summary() {
    const titled = linted.filter(file => file.title);
    const heading = titled.length === 1 || (titled.length > 0 && !several)
      ? h('h1', {}, titled[0].title, titled[0].version ? h('span', { class: 'muted' }, ' ' + titled[0].version) : null)
      : h('h1', {}, 'statuslint report');
    if (titled.length === 1 || (titled.length > 0 && !several)) document.title = `${titled[0].title} — statuslint report`;
    const counts = run.summary;
    const fact = (name, value, id) => h('div', {}, h('dt', {}, name), h('dd', { id }, String(value)));
    const facts = h('dl', { class: 'facts' },
      fact('Files', counts.files, 'count-files'),
      fact('Operations', counts.operations, 'count-operations'),
      fact('Errors', counts.errors, 'count-errors'),
      fact('Warnings', counts.warnings, 'count-warnings'),
      fact('Notes', counts.notes, 'count-notes'),
      counts.suppressed > 0 ? fact('Suppressed', counts.suppressed) : null,
      counts.baselined > 0 ? fact('In the baseline', counts.baselined) : null,
      fact('Packs', run.packs.join(', ') || 'none', 'packs'),
      fact('Tool', `${run.tool} ${run.version}`));
    const list = h('ul', { class: 'files', 'aria-label': 'Files' });
    for (const file of linted) {
      list.append(h('li', {}, h('code', {}, file.file),
        file.title ? ` — ${file.title}${file.version ? ' ' + file.version : ''}` : '',
        ` (${file.operationCount} operations${file.inputFailed ? ', could not be read' : ''})`));
    }
    return h('header', { id: 'summary' }, heading, facts, h('div', { class: 'summary-row' }, h('div', {}, h('h2', {}, 'Files'), list), h('div', {}, h('h2', {}, 'Findings per rule'), chart())));
  }

  function chart() {
    const perRule = new Map();
    for (const finding of findings) {
      const entry = perRule.get(finding.rule) || { count: 0, severity: 'note' };
      entry.count += 1;
      if (rank[finding.severity] > rank[entry.severity]) entry.severity = finding.severity;
      perRule.set(finding.rule, entry);
    }
    const entries = Array.from(perRule).sort((a, b) => b[1].count - a[1].count || (a[0] < b[0] ? -1 : 1));
    if (entries.length === 0) return h('p', { id: 'rule-chart' }, 'No findings.');
    const barHeight = 18, labelWidth = 300, barWidth = 200, most = entries[0][1].count;
    const height = entries.length * barHeight + 4;
    const description = entries.map(([rule, entry]) => `${rule}: ${entry.count}`).join(', ');
    const chartSvg = svg('svg', { class: 'chart', id: 'rule-chart', role: 'img', width: labelWidth + barWidth + 90, height, viewBox: `0 0 ${labelWidth + barWidth + 90} ${height}`, 'aria-label': `Findings per rule: ${description}` },
      svg('title', {}, `Findings per rule: ${description}`));
    entries.forEach(([rule, entry], index) => {
      const y = index * barHeight + 2;
      const width = Math.max(2, Math.round((entry.count / most) * barWidth));
      chartSvg.append(
        svg('text', { x: labelWidth - 6, y: y + 13, 'text-anchor': 'end' }, rule),
        svg('rect', { x: labelWidth, y: y + 2, width, height: barHeight - 5, class: `bar-${entry.severity}` }),
        svg('text', { x: labelWidth + width + 4, y: y + 13 }, `${entry.count} ${entry.severity}`));
    });
    return chartSvg;
  }

  // ---- filters ----
  const filterState = { text: '', tag: '', method: '', severity: '', rule: '' };

  function select(id, label, options) {
    const control = h('select', { id }, h('option', { value: '' }, 'any'));
    for (const [value, text] of options) control.append(h('option', { value }, text));
    return h('label', { for: id }, label, control);
  }

  function filters() {
    const tags = new Set(), methods = new Set(), rules = new Set();
    for (const row of rows) {
      row.operation.tags.forEach(tag => tags.add(tag));
      methods.add(row.operation.method);
    }
    findings.forEach(finding => rules.add(finding.rule));
    const text = h('input', { id: 'filter-text', type: 'search', placeholder: '/pets or operationId', autocomplete: 'off' });
    const bar = h('section', { id: 'filters', 'aria-label': 'Filters' },
      h('label', { for: 'filter-text' }, 'Path or operationId contains', text),
      select('filter-tag', 'Tag', Array.from(tags).sort().map(tag => [tag, tag])),
      select('filter-method', 'Method', Array.from(methods).sort((a, b) => methodIndex(a) - methodIndex(b)).map(method => [method, method])),
      select('filter-severity', 'Has a finding of severity', ['error', 'warning', 'note'].map(severity => [severity, severity])),
      select('filter-rule', 'Has a finding of rule', Array.from(rules).sort().map(rule => [rule, rule])),
      h('span', { id: 'shown', role: 'status', 'aria-live': 'polite' }));
    bar.addEventListener('input', event => {
      const key = event.target.id.replace('filter-', '');
      filterState[key] = event.target.value;
      applyFilters();
    });
    return bar;
  }

  const methodIndex = method => (methodOrder.indexOf(method) < 0 ? methodOrder.length : methodOrder.indexOf(method));

  function findingMatches(finding) {
    return (!filterState.severity || finding.severity === filterState.severity) && (!filterState.rule || finding.rule === filterState.rule);
  }

  function rowMatches(row) {
    const operation = row.operation;
    const text = filterState.text.trim().toLowerCase();
    if (text && !operation.path.toLowerCase().includes(text) && !(operation.operationId || '').toLowerCase().includes(text)) return false;
    if (filterState.tag && !operation.tags.includes(filterState.tag)) return false;
    if (filterState.method && operation.method !== filterState.method) return false;
    if ((filterState.severity || filterState.rule) && !row.findings.some(findingMatches)) return false;
    return true;
  }

  function applyFilters() {
    let shown = 0;
    for (const group of groups) {
      let any = false;
      for (const row of group.rows) {
        const visible = rowMatches(row);
        setHidden(row.element, !visible);
        any = any || visible;
        if (visible) shown += 1;
      }
      setHidden(group.element, !any);
    }
    showFindingList(findings.filter(finding => findingMatches(finding) && (finding.row ? rowMatches(finding.row) : documentLevelShown())));
    document.getElementById('shown').textContent = `Showing ${shown} of ${rows.length} operations`;
  }

  // Changing only what changes keeps a filter on a large spec from restyling every row.
  function setHidden(element, hidden) {
    if (element.hidden !== hidden) element.hidden = hidden;
  }

  // A finding of no operation (a file that could not be read, a shared component) has no path, tag or method to match.
  const documentLevelShown = () => !filterState.text && !filterState.tag && !filterState.method;

  // ---- the matrix ----
  const groups = [];

  function legend() {
    const item = (symbol, state, text) => h('li', {}, h('span', { class: `sym ${state}`, 'aria-hidden': 'true' }, symbol), text);
    return h('ul', { id: 'legend', 'aria-label': 'What the cells mean' },
      item('✔', 'declared', 'declared'),
      item('✔↗', 'declared', 'declared as a $ref to a shared response'),
      item('⚠', 'flagged', 'declared but flagged by a rule'),
      item('✘', 'missing', 'required and missing'),
      item('', 'none', 'neither declared nor required'),
      h('li', {}, h('span', { class: 'sev sev-error' }, 'error'), h('span', { class: 'sev sev-warning' }, 'warning'), h('span', { class: 'sev sev-note' }, 'note'), 'severities'));
  }

  function cellLabel(code, cell, state) {
    const rulesOf = cell ? cell.findings.map(finding => `${finding.rule} (${finding.severity})`).join(', ') : '';
    switch (state) {
      case 'declared': return `${code}: declared${cell.declared.shared ? ' as a $ref to ' + cell.declared.shared : ''}`;
      case 'flagged': return `${code}: declared but flagged: ${rulesOf}`;
      case 'missing': return `${code}: required and missing: ${rulesOf}`;
      default: return '';
    }
  }

  function matrix() {
    const coverageRow = h('tr', { class: 'coverage' }, h('th', { scope: 'row', class: 'op' }, 'Coverage (declared / needed)'));
    const head = h('tr', { class: 'codes' }, h('th', { scope: 'col', class: 'op' }, several ? 'Operation (file, path, method)' : 'Operation'));
    for (const code of columns) {
      head.append(h('th', { scope: 'col', 'data-code': code }, code));
      let declared = 0, needed = 0;
      for (const row of rows) {
        const state = stateOf(row.cells.get(code));
        if (state === 'declared' || state === 'flagged') { declared += 1; needed += 1; } else if (state === 'missing') needed += 1;
      }
      coverageRow.append(h('td', { 'data-code': code, title: `${declared} of the ${needed} operations that declare or need ${code} declare it` },
        needed === 0 ? '–' : `${declared}/${needed}`));
    }
    head.append(h('th', { scope: 'col' }, 'Other findings'));
    coverageRow.append(h('td', {}, ''));
    const table = h('table', { class: 'matrix', id: 'matrix' },
      h('caption', { class: 'visually-hidden' }, 'Operations against the status codes they declare or need; choose a cell for its details'),
      h('thead', {}, head, coverageRow));

    const byPath = new Map();
    for (const row of rows) {
      const key = `${row.file.file}\u0000${row.operation.source}\u0000${row.operation.path}`;
      if (!byPath.has(key)) byPath.set(key, []);
      byPath.get(key).push(row);
    }
    const span = columns.length + 2;
    for (const groupRows of byPath.values()) {
      const first = groupRows[0];
      const label = (several ? first.file.file + '  ' : '') + (first.operation.source === 'webhook' ? 'webhook ' : '') + first.operation.path;
      const body = h('tbody', {}, h('tr', { class: 'group' }, h('th', { scope: 'rowgroup', colspan: span }, label)));
      groups.push({ element: body, rows: groupRows });
      groupRows.sort((a, b) => methodIndex(a.operation.method) - methodIndex(b.operation.method));
      for (const row of groupRows) body.append(matrixRow(row));
      table.append(body);
    }
    table.addEventListener('click', onMatrixClick);
    return h('div', { class: 'matrix-wrap', tabindex: '-1' }, table);
  }

  function matrixRow(row) {
    const operation = row.operation;
    const tr = h('tr', { 'data-operation': operation.name, 'data-file': row.file.file });
    tr.append(h('th', { scope: 'row', class: 'op', title: operation.operationId ? `operationId: ${operation.operationId}` : 'no operationId' },
      h('span', { class: `method method-${/^[A-Z]+$/.test(operation.method) ? operation.method : 'OTHER'}` }, operation.method),
      h('span', { class: 'op-path' }, operation.path)));
    for (const code of columns) {
      const cell = row.cells.get(code);
      const state = stateOf(cell);
      const td = h('td', { class: state, 'data-code': code, 'data-state': state });
      if (state !== 'none') {
        const symbol = state === 'missing' ? '✘' : state === 'flagged' ? '⚠' : '✔';
        const button = h('button', { type: 'button', 'aria-label': `${operation.name} ${cellLabel(code, cell, state)}`, title: cellLabel(code, cell, state) },
          symbol, state !== 'missing' && cell.declared.shared ? h('span', { class: 'shared', 'aria-hidden': 'true' }, '↗') : null);
        td.append(button);
      }
      tr.append(td);
    }
    const other = h('td', { class: row.other.length > 0 ? 'other' : 'none', 'data-code': 'other' });
    if (row.other.length > 0) {
      const button = h('button', { type: 'button', 'aria-label': `${operation.name}: ${row.other.length} other findings`, title: row.other.map(finding => finding.rule).join(', ') }, `⚠ ${row.other.length}`);
      other.append(button);
    }
    tr.append(other);
    row.element = tr;
    tr.statuslintRow = row;
    return tr;
  }

  // One listener for the whole table (a large spec has tens of thousands of cells); a button's
  // click also comes from the keyboard (Enter, Space).
  function onMatrixClick(event) {
    const button = event.target.closest('td button');
    if (!button) return;
    const td = button.closest('td');
    const row = td.parentElement.statuslintRow;
    const code = td.dataset.code;
    if (code === 'other') {
      showFindings(button, `${row.operation.name}: other findings`, row.other);
    } else {
      showCell(button, row, code, row.cells.get(code), td.dataset.state);
    }
  }

  // ---- details ----
  const details = h('aside', { id: 'details', 'aria-live': 'polite', 'aria-label': 'Details', tabindex: '-1' },
    h('h2', {}, 'Details'), h('p', { class: 'muted' }, 'Choose a cell of the matrix or a finding to see its details here.'));
  let selected = null;

  function select_(button) {
    if (selected) selected.classList.remove('selected');
    selected = button;
    if (button) button.classList.add('selected');
  }

  function definition(list, name, value) {
    if (value === undefined || value === null || value === '') return;
    list.append(h('dt', {}, name), h('dd', {}, value));
  }

  function findingDetail(finding) {
    const block = h('div', { class: 'finding-detail', 'data-rule': finding.rule });
    const link = docLink(finding.rule);
    block.append(h('p', {}, h('span', { class: `sev sev-${finding.severity}` }, finding.severity), ' ', finding.message));
    const facts = h('dl');
    definition(facts, 'Rule', link ? h('a', { href: link, rel: 'noreferrer', target: '_blank' }, finding.rule) : finding.rule);
    const known = run.rules.find(rule => rule.id === finding.rule);
    if (known) definition(facts, 'Asks', known.summary);
    definition(facts, 'Where', h('code', { class: 'location' }, place(finding)));
    definition(facts, 'Pointer', finding.pointer ? h('code', { class: 'pointer' }, finding.pointer) : null);
    definition(facts, 'Operation', finding.operation);
    block.append(facts);
    if (finding.related.length > 0) {
      const related = h('ul', { class: 'related' });
      for (const item of finding.related) related.append(h('li', {}, item.message, ' — ', h('code', {}, place(item)), item.pointer ? h('code', {}, ' ' + item.pointer) : null));
      block.append(h('h3', {}, 'Related locations'), related);
    }
    if (finding.fix) {
      const what = finding.fix.kind === 'addResponseHeader' ? `adds the ${finding.fix.header} header to ${finding.fix.code}` : `adds the ${finding.fix.code} response`;
      block.append(h('h3', {}, `statuslint fix ${what}`));
      if (finding.fix.edits.length === 0) {
        block.append(h('p', { class: 'muted' }, 'Its text was not computed for this report (the file has more than 200 fixable findings, or the fix engine could not plan this one alone); run statuslint fix to see the diff.'));
      }
      for (const edit of finding.fix.edits) {
        block.append(h('p', {}, 'Inserts at ', h('code', {}, place(edit)), ':'), h('pre', { class: 'fix' }, edit.text));
      }
    }
    return block;
  }

  function show(button, title, ...content) {
    select_(button);
    details.replaceChildren(h('h2', {}, title), ...content);
  }

  function showCell(button, row, code, cell, state) {
    const content = [];
    const stateText = { declared: 'Declared', flagged: 'Declared but flagged', missing: 'Required and missing' }[state];
    content.push(h('p', {}, h('span', { class: `sym ${state}`, 'aria-hidden': 'true' }, state === 'missing' ? '✘' : state === 'flagged' ? '⚠' : '✔'), ' ', stateText));
    if (row.operation.operationId) content.push(h('p', { class: 'muted' }, `operationId: ${row.operation.operationId}`));
    if (cell.declared) {
      const facts = h('dl');
      definition(facts, 'Declared at', h('code', { class: 'location' }, place(cell.declared)));
      definition(facts, 'Pointer', h('code', { class: 'pointer' }, cell.declared.pointer));
      definition(facts, 'Shared response', cell.declared.shared ? h('code', {}, cell.declared.shared) : null);
      content.push(facts);
    }
    for (const finding of cell.findings) content.push(findingDetail(finding));
    show(button, `${row.operation.name} — ${code}`, ...content);
  }

  function showFindings(button, title, list) {
    show(button, title, ...list.map(findingDetail));
  }

  // The list shows at most this many findings, those that pass the filters: a spec with thousands
  // of findings would otherwise spend seconds laying out a list nobody scrolls through.
  const listLimit = 500;
  const findingItems = h('ol', { class: 'findings', id: 'finding-list' });
  const findingHeading = h('h2', { id: 'findings-heading' });

  function findingItem(finding) {
    return h('li', { 'data-rule': finding.rule, 'data-severity': finding.severity, 'data-index': finding.index },
      h('button', { type: 'button', class: 'finding' },
        h('span', { class: `sev sev-${finding.severity}` }, finding.severity),
        h('span', { class: 'loc' }, place(finding)),
        h('span', {}, finding.message),
        h('code', { class: 'muted' }, finding.rule)));
  }

  function showFindingList(matching) {
    const shown = matching.slice(0, listLimit);
    findingItems.replaceChildren(...shown.map(findingItem));
    findingHeading.textContent = matching.length === findings.length
      ? `Findings (${findings.length})`
      : `Findings (${matching.length} of ${findings.length} pass the filters)`;
    if (shown.length < matching.length) {
      findingHeading.textContent += ` — the first ${listLimit} are listed; narrow them with the filters`;
    }
  }

  function findingList() {
    findingItems.addEventListener('click', event => {
      const item = event.target.closest('li');
      if (!item) return;
      const finding = findings[Number(item.dataset.index)];
      showFindings(item.firstChild, finding.operation || finding.file, [finding]);
    });
    return h('section', { id: 'findings', 'aria-labelledby': 'findings-heading' }, findingHeading, findingItems);
  }

  const page = document.createDocumentFragment();
  page.append(summary(), filters(), legend());
  if (rows.length > 0) {
    page.append(h('div', { class: 'layout' }, matrix(), details));
  } else {
    page.append(h('p', { class: 'layout' }, 'No operations to show.'), details);
  }
  page.append(findingList());
  document.body.append(page);
  applyFilters();
  document.body.dataset.ready = 'true';
  document.body.dataset.renderMs = String(Math.round(performance.now() - started));
})();
